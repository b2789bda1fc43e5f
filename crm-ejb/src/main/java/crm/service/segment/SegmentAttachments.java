package crm.service.segment;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.Letterhead;
import crm.domain.setup.EmailFallback;
import crm.domain.shared.InvalidInputException;
import crm.service.letter.Recipient;
import crm.service.mail.EmailHtml;
import crm.service.letter.RecipientQuery;
import crm.service.letter.SentLetters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares what a logged segment sends (F-27, F-41, F-58): for each hard-copy entry a letter
 * kept as sent, for each email entry a personalised message in the outbox, which the dispatcher
 * sends after commit. Runs in the logging transaction: all the recipients are read in one query
 * and written in JDBC batches, so a refused line rolls back the whole log.
 */
final class SegmentAttachments {

  /** The sender of the emails and the fallback for contacts without an address. */
  record Settings(Letterhead letterhead, String paperSize, String fromAddress, String fromName, EmailFallback fallback) {}

  private final Connection connection;
  private final Settings settings;

  SegmentAttachments(Connection connection, Settings settings) {
    this.connection = connection;
    this.settings = settings;
  }

  void prepare(String loggedSegmentNo, LocalDateTime now) throws SQLException {
    List<Recipient> recipients = RecipientQuery.forLoggedSegment(connection, loggedSegmentNo);
    refuseMissingAddresses(recipients);
    try (PreparedStatement letters = connection.prepareStatement(
            "insert into sent_letter (entry_no, logged_segment_no, paper_size, language_code, content) values (?, ?, ?, ?, ?)");
        PreparedStatement emails = connection.prepareStatement("insert into outbox_message (id, entry_no,"
            + " logged_segment_no, to_address, to_name, from_address, from_name, subject, html_body, text_body,"
            + " template_code, language_code, status, next_attempt_at, created_at)"
            + " values (nextval('outbox_message_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)");
        PreparedStatement status = connection.prepareStatement(
            "update interaction_log_entry set correspondence_type = ?, delivery_status = ? where entry_no = ?")) {
      for (Recipient r : recipients) {
        if (!r.hasText()) {
          continue;
        }
        if (r.correspondenceType() == CorrespondenceType.EMAIL && r.doNotEmail()) {
          addStatus(status, r, CorrespondenceType.EMAIL, "DO_NOT_EMAIL");
        } else if (r.correspondenceType() == CorrespondenceType.EMAIL && hasAddress(r)) {
          addEmail(emails, r, loggedSegmentNo, now);
          addStatus(status, r, CorrespondenceType.EMAIL, "QUEUED");
        } else {
          addLetter(letters, r, loggedSegmentNo, now);
          addStatus(status, r, CorrespondenceType.HARD_COPY, "PRINTED");
        }
      }
      letters.executeBatch();
      emails.executeBatch();
      status.executeBatch();
    }
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

  private void addEmail(PreparedStatement emails, Recipient r, String loggedSegmentNo, LocalDateTime now)
      throws SQLException {
    Recipient.EmailContent email = r.email(now.toLocalDate());
    boolean fromSalesperson = r.salespersonEmail() != null && !r.salespersonEmail().isBlank();
    emails.setLong(1, r.entryNo());
    emails.setString(2, loggedSegmentNo);
    emails.setString(3, r.email());
    emails.setString(4, r.name());
    emails.setString(5, fromSalesperson ? r.salespersonEmail() : settings.fromAddress());
    emails.setString(6, fromSalesperson ? r.salespersonName() : settings.fromName());
    emails.setString(7, email.subject());
    emails.setString(8, EmailHtml.sanitize(email.html()));
    emails.setString(9, email.text());
    emails.setString(10, r.templateCode());
    emails.setString(11, r.templateLanguageCode());
    emails.setTimestamp(12, Timestamp.valueOf(now));
    emails.setTimestamp(13, Timestamp.valueOf(now));
    emails.addBatch();
  }

  private static void addStatus(PreparedStatement status, Recipient r, CorrespondenceType type, String delivery)
      throws SQLException {
    status.setString(1, type.name());
    status.setString(2, delivery);
    status.setLong(3, r.entryNo());
    status.addBatch();
  }

}
