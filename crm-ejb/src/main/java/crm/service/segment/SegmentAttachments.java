package crm.service.segment;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.Letterhead;
import crm.domain.setup.EmailFallback;
import crm.domain.shared.InvalidInputException;
import crm.service.email.BulkEmails;
import crm.service.letter.Recipient;
import crm.service.mail.EmailHtml;
import crm.service.progress.ProgressReport;
import crm.service.progress.WorkPhase;
import crm.service.letter.RecipientQuery;
import crm.service.letter.SentLetters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares what a logged segment sends (F-27, F-41, F-58): for each hard-copy entry a letter
 * kept as sent, for each email entry a personalised email with its outbox row ({@link BulkEmails}),
 * which the dispatcher sends after commit. Runs in the logging transaction: all the recipients
 * are read in one query and written in JDBC batches, so a refused line rolls back the whole log.
 */
final class SegmentAttachments {

  /** The sender of the emails, the fallback for contacts without an address, and how emails go. */
  record Settings(Letterhead letterhead, String paperSize, String fromAddress, String fromName, EmailFallback fallback,
      BulkEmails.Settings emails) {}

  private final Connection connection;
  private final Settings settings;

  SegmentAttachments(Connection connection, Settings settings) {
    this.connection = connection;
    this.settings = settings;
  }

  /** How many letters and emails the log sends. */
  record Sent(long letters, long emails) {}

  /**
   * Prepares the letters and emails, reporting the recipients prepared every thousand and once
   * more before the rows are written in batches (F-66).
   */
  Sent prepare(String loggedSegmentNo, LocalDateTime now, ProgressReport report) throws SQLException {
    List<Recipient> recipients = RecipientQuery.forLoggedSegment(connection, loggedSegmentNo);
    refuseMissingAddresses(recipients);
    long done = 0;
    long letterCount = 0;
    long emailCount = 0;
    report.report(WorkPhase.ATTACHMENTS, done, recipients.size(), letterCount, emailCount);
    try (PreparedStatement letters = connection.prepareStatement(
            "insert into sent_letter (entry_no, logged_segment_no, paper_size, language_code, content) values (?, ?, ?, ?, ?)");
        BulkEmails emails = new BulkEmails(connection, loggedSegmentNo, settings.emails());
        PreparedStatement status = connection.prepareStatement(
            "update interaction_log_entry set correspondence_type = ?, delivery_status = ? where entry_no = ?")) {
      for (Recipient r : recipients) {
        if (!r.hasText()) {
          // no letter text in the line's language: nothing to send, but the line counts as done
        } else if (r.correspondenceType() == CorrespondenceType.EMAIL && r.doNotEmail()) {
          addStatus(status, r, CorrespondenceType.EMAIL, "DO_NOT_EMAIL");
        } else if (r.correspondenceType() == CorrespondenceType.EMAIL && hasAddress(r)) {
          addStatus(status, r, CorrespondenceType.EMAIL, emails.add(email(r, now)));
          emailCount++;
        } else {
          addLetter(letters, r, loggedSegmentNo, now);
          addStatus(status, r, CorrespondenceType.HARD_COPY, "PRINTED");
          letterCount++;
        }
        if (++done % ProgressReport.EVERY == 0) {
          report.report(WorkPhase.ATTACHMENTS, done, recipients.size(), letterCount, emailCount);
        }
      }
      report.report(WorkPhase.WRITING, done, recipients.size(), letterCount, emailCount);
      letters.executeBatch();
      emails.execute();
      status.executeBatch();
    }
    return new Sent(letterCount, emailCount);
  }

  private void refuseMissingAddresses(List<Recipient> recipients) {
    if (settings.fallback() != EmailFallback.REFUSE) {
      return;
    }
    List<String> missing = new ArrayList<>();
    recipients.stream()
        .filter(r -> r.hasText() && r.correspondenceType() == CorrespondenceType.EMAIL && !r.doNotEmail() && !hasAddress(r))
        .forEach(r -> missing.add(r.contactNo() + " " + r.name()));
    if (!missing.isEmpty()) {
      throw new InvalidInputException("segment.noEmailAddress", missing.size(), String.join(", ", missing));
    }
  }

  private static boolean hasAddress(Recipient r) {
    return r.email() != null && !r.email().isBlank();
  }

  private void addLetter(PreparedStatement letters, Recipient r, String loggedSegmentNo, LocalDateTime now)
      throws SQLException {
    letters.setLong(1, r.entryNo());
    letters.setString(2, loggedSegmentNo);
    letters.setString(3, settings.paperSize());
    letters.setString(4, r.templateLanguageCode());
    letters.setString(5, SentLetters.write(settings.letterhead(),
        r.letter(settings.letterhead().place(), now.toLocalDate())));
    letters.addBatch();
  }

  private BulkEmails.Line email(Recipient r, LocalDateTime now) {
    Recipient.EmailContent email = r.email(now.toLocalDate());
    boolean fromSalesperson = r.salespersonEmail() != null && !r.salespersonEmail().isBlank();
    return new BulkEmails.Line(r.entryNo(), r.email(), r.name(),
        fromSalesperson ? r.salespersonEmail() : settings.fromAddress(),
        fromSalesperson ? r.salespersonName() : settings.fromName(), email.subject(),
        EmailHtml.sanitize(email.html()), email.text(), r.templateCode(), r.templateLanguageCode());
  }

  private static void addStatus(PreparedStatement status, Recipient r, CorrespondenceType type, String delivery)
      throws SQLException {
    status.setString(1, type.name());
    status.setString(2, delivery);
    status.setLong(3, r.entryNo());
    status.addBatch();
  }

}
