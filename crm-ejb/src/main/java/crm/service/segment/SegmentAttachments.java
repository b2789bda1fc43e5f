package crm.service.segment;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.Letterhead;
import crm.service.email.BulkEmails;
import crm.service.letter.Recipient;
import crm.service.progress.ProgressReport;
import crm.service.shared.ArrayRows;
import crm.service.progress.WorkPhase;
import crm.service.letter.RecipientQuery;
import crm.service.letter.SentLetters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Prepares what a logged segment sends (F-27, F-41, F-58), its entries written as what they send
 * ({@link LineSending}): for each hard-copy entry with a text a letter kept as sent, for each email
 * entry with a text a personalised email with its outbox row ({@link BulkEmails}), which the
 * dispatcher sends after commit. Runs in the logging transaction a chunk of recipients at a
 * time (read in one query, written by one statement a table, whatever the chunk's size), so that
 * memory stays flat whatever the size of the segment, and a failure anywhere rolls back the whole log.
 */
final class SegmentAttachments {

  /** The letterhead and paper of the letters, the sender of the emails and how they go. */
  record Settings(Letterhead letterhead, String paperSize, String fromAddress, String fromName,
      BulkEmails.Settings emails) {}

  /** Recipients read, prepared and written at a time: one progress report's worth. */
  static final int CHUNK = ProgressReport.EVERY;

  private final Connection connection;
  private final Settings settings;

  SegmentAttachments(Connection connection, Settings settings) {
    this.connection = connection;
    this.settings = settings;
  }

  /** How many letters and emails the log sends. */
  record Sent(long letters, long emails) {}

  /** Prepares the letters and emails of the log's {@code entries}, reporting the recipients prepared after each chunk (F-66). */
  Sent prepare(String loggedSegmentNo, long entries, LocalDateTime now, ProgressReport report) throws SQLException {
    long done = 0;
    long letterCount = 0;
    long emailCount = 0;
    report.report(WorkPhase.ATTACHMENTS, done, entries, letterCount, emailCount);
    ArrayRows letters = new ArrayRows("bigint", "varchar", "text");
    try (PreparedStatement writeLetters = connection.prepareStatement("insert into sent_letter (entry_no,"
            + " logged_segment_no, paper_size, language_code, content) select x.entry_no, ?, ?, x.language_code,"
            + " x.content from " + letters.table("x", "entry_no", "language_code", "content"));
        BulkEmails emails = new BulkEmails(connection, loggedSegmentNo, settings.emails())) {
      writeLetters.setString(1, loggedSegmentNo);
      writeLetters.setString(2, settings.paperSize());
      List<Recipient> chunk = RecipientQuery.chunk(connection, loggedSegmentNo, 0, CHUNK);
      while (!chunk.isEmpty()) {
        long last = chunk.get(chunk.size() - 1).entryNo();
        emails.readContacts(chunk.get(0).entryNo(), last);
        for (Recipient r : chunk) {
          boolean email = r.correspondenceType() == CorrespondenceType.EMAIL;
          if (!r.hasText() || email && r.doNotEmail()) {
            // nothing to send (no text in the line's language, or DO_NOT_EMAIL), but the line counts as done
          } else if (email) {
            emails.add(email(r, now));
            emailCount++;
          } else {
            letters.add(r.entryNo(), r.templateLanguageCode(), SentLetters.write(settings.letterhead(),
                r.letter(settings.letterhead().place(), now.toLocalDate())));
            letterCount++;
          }
        }
        write(writeLetters, 3, letters);
        emails.execute();
        done += chunk.size();
        report.report(WorkPhase.ATTACHMENTS, done, entries, letterCount, emailCount);
        chunk = RecipientQuery.chunk(connection, loggedSegmentNo, last, CHUNK);
      }
    }
    return new Sent(letterCount, emailCount);
  }

  /** Writes the rows gathered, if any, binding their arrays from parameter {@code first} on. */
  private static void write(PreparedStatement statement, int first, ArrayRows rows) throws SQLException {
    if (!rows.isEmpty()) {
      rows.bind(statement, first);
      statement.executeUpdate();
      rows.clear();
    }
  }

  private BulkEmails.Line email(Recipient r, LocalDateTime now) {
    Recipient.EmailContent email = r.email(now.toLocalDate());
    boolean fromSalesperson = r.salespersonEmail() != null && !r.salespersonEmail().isBlank();
    return new BulkEmails.Line(r.entryNo(), r.email(), r.name(),
        fromSalesperson ? r.salespersonEmail() : settings.fromAddress(),
        fromSalesperson ? r.salespersonName() : settings.fromName(), email.subject(),
        email.html(), email.text(), r.templateCode(), r.templateLanguageCode()); // markup-free: Recipient#email
  }
}
