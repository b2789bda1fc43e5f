package crm.service.segment;

import crm.domain.letter.Letterhead;
import crm.service.email.BulkEmails;
import crm.service.letter.Recipient;
import crm.service.letter.RecipientQuery;
import crm.service.progress.ProgressReport;
import crm.service.progress.WorkPhase;
import crm.service.shared.ArrayRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * Writes what a logged segment sends (F-27, F-41, F-58), its entries written as what they send
 * ({@link LineSending}): the letters kept as sent and the personalised emails with their outbox
 * rows ({@link BulkEmails}), which the dispatcher sends after commit. Runs in the logging
 * transaction a chunk of recipients at a time (read in one query, written by one statement a
 * table, whatever the chunk's size), so that memory stays flat whatever the size of the segment,
 * and a failure anywhere rolls back the whole log. Each chunk is prepared ({@link PreparedChunk})
 * on {@code preparing} while the one before it is written, so that Java renders while the
 * database writes.
 */
final class SegmentAttachments {

  /** The letterhead and paper of the letters, the sender of the emails and how they go. */
  record Settings(Letterhead letterhead, String paperSize, String fromAddress, String fromName,
      BulkEmails.Settings emails) {}

  /** Recipients read, prepared and written at a time: one progress report's worth. */
  static final int CHUNK = ProgressReport.EVERY;

  private final Connection connection;
  private final Settings settings;
  private final Executor preparing;

  SegmentAttachments(Connection connection, Settings settings, Executor preparing) {
    this.connection = connection;
    this.settings = settings;
    this.preparing = preparing;
  }

  /** How many letters and emails the log sends. */
  record Sent(long letters, long emails) {}

  /** Prepares and writes the letters and emails of the log's {@code entries}, reporting after each chunk (F-66). */
  Sent prepare(String loggedSegmentNo, long entries, LocalDateTime now, ProgressReport report) throws SQLException {
    long done = 0;
    long letterCount = 0;
    long emailCount = 0;
    report.report(WorkPhase.ATTACHMENTS, done, entries, letterCount, emailCount);
    Future<PreparedChunk> next = prepareLater(RecipientQuery.chunk(connection, loggedSegmentNo, 0, CHUNK), now);
    try (PreparedStatement writeLetters = connection.prepareStatement("insert into sent_letter (entry_no,"
            + " logged_segment_no, paper_size, language_code, content) select x.entry_no, ?, ?, x.language_code,"
            + " x.content from " + PreparedChunk.letterRows().table("x", "entry_no", "language_code", "content"));
        BulkEmails emails = new BulkEmails(connection, settings.emails())) {
      writeLetters.setString(1, loggedSegmentNo);
      writeLetters.setString(2, settings.paperSize());
      for (PreparedChunk chunk = waitFor(next); chunk.recipients() > 0; chunk = waitFor(next)) {
        next = prepareLater(RecipientQuery.chunk(connection, loggedSegmentNo, chunk.lastEntryNo(), CHUNK), now);
        write(writeLetters, 3, chunk.letters());
        emails.write(chunk.emails());
        done += chunk.recipients();
        letterCount += chunk.letterCount();
        emailCount += chunk.emailCount();
        report.report(WorkPhase.ATTACHMENTS, done, entries, letterCount, emailCount);
      }
    } finally {
      next.cancel(true); // a chunk still being prepared when a write failed is not wanted any more
    }
    return new Sent(letterCount, emailCount);
  }

  private Future<PreparedChunk> prepareLater(List<Recipient> chunk, LocalDateTime now) {
    return CompletableFuture.supplyAsync(() -> PreparedChunk.of(chunk, settings, now), preparing);
  }

  /** The chunk prepared, or the failure of its preparation, which fails the log. */
  private static PreparedChunk waitFor(Future<PreparedChunk> prepared) {
    try {
      return prepared.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the letters and emails were prepared", e);
    }
  }

  /** Writes the rows gathered, if any, binding their arrays from parameter {@code first} on. */
  private static void write(PreparedStatement statement, int first, ArrayRows rows) throws SQLException {
    if (!rows.isEmpty()) {
      rows.bind(statement, first);
      statement.executeUpdate();
    }
  }
}
