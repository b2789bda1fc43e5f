package crm.service.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crm.domain.letter.Letterhead;
import crm.domain.setup.EmailFallback;
import crm.domain.shared.InvalidInputException;
import crm.service.email.BulkEmails;
import crm.service.progress.WorkPhase;
import crm.service.shared.BenchmarkDatabase;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging a segment with its letters and emails a chunk of recipients at a time (issue 14), on
 * PostgreSQL (schema {@code <crm.test.db.schema>_attachments}): a segment of several chunks gets
 * every letter and every email exactly once, each entry is written as what its line sends, and
 * with the fallback REFUSE an email line without address anywhere refuses the log, named.
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
    long entries = log();
    List<Long> reported = new ArrayList<>();
    SegmentAttachments.Sent sent = attachments().prepare(LOGGED, entries, NOW,
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
  void eachEntryIsWrittenAsWhatItsLineSends() throws SQLException {
    String noAddress = contact(LINES);
    String doNotEmail = contact(LINES - 1);
    String noText = contact(LINES - 2);
    update("update contact set email = null, correspondence_type = 'EMAIL' where no = ?", noAddress);
    update("update contact set do_not_email = true, correspondence_type = 'EMAIL' where no = ?", doNotEmail);
    update("insert into interaction_template (code, description, correspondence_type, language_code)"
        + " values ('MEET', 'Meeting', 'EMAIL', 'ENU') on conflict do nothing");
    update("update segment_line set interaction_template_code = 'MEET' where segment_no = '" + SEGMENT
        + "' and contact_no = ?", noText);

    long entries = log();
    SegmentAttachments.Sent sent = attachments().prepare(LOGGED, entries, NOW, (p, d, t, l, e) -> { });

    assertThat(entry(noAddress)).as("an email line without address, fallback LETTER")
        .containsExactly("HARD_COPY", "PRINTED", "no email", "1 letter");
    assertThat(entry(doNotEmail)).as("an email line whose contact wants no email")
        .containsExactly("EMAIL", "DO_NOT_EMAIL", "no email", "0 letter");
    assertThat(entry(noText)).as("a line whose template has no text")
        .containsExactly("EMAIL", null, "no email", "0 letter");
    assertThat(sent.letters() + sent.emails()).isEqualTo(LINES - 2);
    assertThat(number("select count(*) from interaction_log_entry where logged_segment_no = ? and email_id is not null"
        + " and email_id not in (select id from email)")).as("entries naming an email never written").isZero();
  }

  @Test
  void anEmailLineWithoutAddressAnywhereRefusesTheLogNamingIt() throws SQLException {
    String last = contact(LINES);
    update("update contact set email = null, correspondence_type = 'EMAIL' where no = ?", last);

    assertThatThrownBy(() -> new LineSending(EmailFallback.REFUSE).refuseMissingAddresses(new Sql(connection), SEGMENT))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
          assertThat(refused.key()).isEqualTo("segment.noEmailAddress");
          assertThat(refused.messageIn(Locale.ENGLISH)).startsWith("1 contacts").contains(last);
        });
    new LineSending(EmailFallback.LETTER).refuseMissingAddresses(new Sql(connection), SEGMENT);
  }

  private static long log() {
    return new SegmentLogger(connection).log(SEGMENT, LOGGED, NOW, "TEST", new LineSending(EmailFallback.LETTER))
        .interactions();
  }

  private static String contact(int number) {
    return "CT" + String.format("%07d", number);
  }

  /** The entry of a contact: its type, status, whether it names an email, and its letters. */
  private static List<String> entry(String contactNo) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select e.correspondence_type, e.delivery_status,"
        + " case when e.email_id is null then 'no email' else 'email' end,"
        + " (select count(*) from sent_letter s where s.entry_no = e.entry_no) || ' letter'"
        + " from interaction_log_entry e where e.logged_segment_no = ? and e.contact_no = ?")) {
      query.setString(1, LOGGED);
      query.setString(2, contactNo);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return Arrays.asList(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
      }
    }
  }

  private static void update(String sql, String... parameters) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setString(i + 1, parameters[i]);
      }
      update.executeUpdate();
    }
  }

  private static SegmentAttachments attachments() {
    Letterhead letterhead = new Letterhead("CRONUS", List.of("5 The Ring", "London"), "+44",
        "marketing@cronus.example", "www.cronus.example", "London");
    return new SegmentAttachments(connection, new SegmentAttachments.Settings(letterhead, "A4",
        "marketing@cronus.example", "CRONUS Marketing",
        new BulkEmails.Settings(false, false, "TEST", NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC)),
        ForkJoinPool.commonPool());
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
