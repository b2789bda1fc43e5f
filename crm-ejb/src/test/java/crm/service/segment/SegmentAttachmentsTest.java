package crm.service.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crm.domain.letter.Letterhead;
import crm.domain.setup.EmailFallback;
import crm.domain.shared.InvalidInputException;
import crm.service.email.BulkEmails;
import crm.service.progress.WorkPhase;
import crm.service.shared.BenchmarkDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging a segment with its letters and emails a chunk of recipients at a time (issue 14), on
 * PostgreSQL (schema {@code <crm.test.db.schema>_attachments}): a segment of several chunks gets
 * every letter and every email exactly once, and a refusal found in the last chunk names the line.
 */
class SegmentAttachmentsTest {

  private static final BenchmarkDatabase DATABASE = BenchmarkDatabase.forTest("attachments");
  /** Two and a half chunks: the benchmark data's segment SMBLOG has one line per contact. */
  private static final int LINES = 5 * SegmentAttachments.CHUNK / 2;
  private static final String SEGMENT = "SMBLOG";
  private static final String LOGGED = "LSTEST";
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 15, 30);
  private static Connection connection;

  @BeforeAll
  static void database() throws SQLException {
    DATABASE.recreate();
    connection = DATABASE.connect();
    SegmentBenchmark.generate(connection, LINES);
    connection.setAutoCommit(false);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @BeforeEach
  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
  }

  @Test
  void aSegmentOfSeveralChunksGetsEveryLetterAndEveryEmailOnce() throws SQLException {
    long entries = new SegmentLogger(connection).log(SEGMENT, LOGGED, NOW, "TEST").interactions();
    List<Long> reported = new ArrayList<>();
    SegmentAttachments.Sent sent = attachments(EmailFallback.LETTER).prepare(LOGGED, entries, NOW,
        (phase, done, total, letters, emails) -> {
          assertThat(phase).isEqualTo(WorkPhase.ATTACHMENTS);
          assertThat(total).isEqualTo(LINES);
          reported.add(done);
        });

    assertThat(entries).isEqualTo(LINES);
    assertThat(reported).containsExactly(0L, 1000L, 2000L, 2500L);
    assertThat(sent.letters()).as("letters").isGreaterThan(SegmentAttachments.CHUNK);
    assertThat(sent.emails()).as("emails").isGreaterThan(SegmentAttachments.CHUNK / 2);
    assertThat(sent.letters() + sent.emails()).isEqualTo(LINES);
    assertThat(number("select count(*) from interaction_log_entry where logged_segment_no = ?"
        + " and correspondence_type = 'HARD_COPY' and delivery_status = 'PRINTED'")).isEqualTo(sent.letters());
    assertThat(number("select count(*) from interaction_log_entry where logged_segment_no = ?"
        + " and correspondence_type = 'EMAIL' and delivery_status = 'QUEUED'")).isEqualTo(sent.emails());
    assertThat(number("select count(*) from interaction_log_entry e where e.logged_segment_no = ?"
        + " and e.correspondence_type = 'HARD_COPY' and 1 = (select count(*) from sent_letter s"
        + " where s.entry_no = e.entry_no and s.logged_segment_no = e.logged_segment_no)"))
        .as("hard-copy entries with exactly one letter").isEqualTo(sent.letters());
    assertThat(number("select count(*) from sent_letter where logged_segment_no = ?")).isEqualTo(sent.letters());
    assertThat(number("select count(*) from interaction_log_entry e join contact c on c.no = e.contact_no"
        + " where e.logged_segment_no = ? and e.correspondence_type = 'EMAIL'"
        + " and 1 = (select count(*) from email m where m.id = e.email_id and m.contact_no = e.contact_no)"
        + " and 1 = (select count(*) from email_recipient r where r.entry_no = e.entry_no"
        + "   and r.email_id = e.email_id and r.address = c.email)"
        + " and 1 = (select count(*) from outbox_message o where o.entry_no = e.entry_no"
        + "   and o.email_id = e.email_id and o.to_address = c.email)"))
        .as("email entries with exactly one email, recipient and outbox message, to their contact")
        .isEqualTo(sent.emails());
    assertThat(number("select count(*) from email where logged_segment_no = ?")).isEqualTo(sent.emails());
    assertThat(number("select count(*) from outbox_message where logged_segment_no = ?")).isEqualTo(sent.emails());
  }

  @Test
  void anEmailLineWithoutAddressInTheLastChunkRefusesTheLog() throws SQLException {
    String last = "CT" + String.format("%07d", LINES);
    try (PreparedStatement update = connection.prepareStatement(
        "update contact set email = null, correspondence_type = 'EMAIL' where no = ?")) {
      update.setString(1, last);
      update.executeUpdate();
    }
    long entries = new SegmentLogger(connection).log(SEGMENT, LOGGED, NOW, "TEST").interactions();

    assertThatThrownBy(() -> attachments(EmailFallback.REFUSE).prepare(LOGGED, entries, NOW, (p, d, t, l, e) -> { }))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
          assertThat(refused.key()).isEqualTo("segment.noEmailAddress");
          assertThat(refused.messageIn(Locale.ENGLISH)).contains(last);
        });
  }

  private static SegmentAttachments attachments(EmailFallback fallback) {
    Letterhead letterhead = new Letterhead("CRONUS", List.of("5 The Ring", "London"), "+44",
        "marketing@cronus.example", "www.cronus.example", "London");
    return new SegmentAttachments(connection, new SegmentAttachments.Settings(letterhead, "A4",
        "marketing@cronus.example", "CRONUS Marketing", fallback,
        new BulkEmails.Settings(false, false, "TEST", NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
  }

  private static long number(String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, LOGGED);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
