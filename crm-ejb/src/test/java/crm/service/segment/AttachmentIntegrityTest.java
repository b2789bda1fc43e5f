package crm.service.segment;

import static crm.service.shared.ForeignKeyViolations.assertRefused;
import static crm.service.shared.ForeignKeyViolations.waitsForCommitOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crm.service.shared.BenchmarkDatabase;
import crm.service.shared.ForeignKeyViolations;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a log with attachments writes on PostgreSQL (schema
 * {@code <crm.test.db.schema>_attachment_integrity}) without row-by-row foreign keys (issue 14):
 * the statement triggers of V33 (emails, their recipients and outbox messages) and V35 (sent
 * letters) still refuse a row naming no contact, email or entry, whichever statement writes it,
 * delete an email's recipients and outbox messages with it and an entry's outbox messages and
 * sent letter with it, refuse to delete a contact an email names, and a delete running beside a
 * writer waits for it and then sees what it wrote.
 */
class AttachmentIntegrityTest {

  private static final BenchmarkDatabase DATABASE = BenchmarkDatabase.forTest("attachment_integrity");
  private static Connection connection;
  private static Sql sql;

  @BeforeAll
  static void database() throws SQLException {
    DATABASE.recreate();
    connection = DATABASE.connect();
    sql = new Sql(connection);
    sql.update("insert into contact (no, type, name) values ('CT1', 'PERSON', 'Ada'), ('CT2', 'PERSON', 'Bo'),"
        + " ('CT3', 'PERSON', 'Cy')");
    sql.update("insert into interaction_log_entry (entry_no, contact_no, entry_date, entry_time)"
        + " values (11, 'CT1', current_date, current_time), (12, 'CT2', current_date, current_time)");
    sql.update("insert into email (id, contact_no, tracking, status, created_at, sender_user) values (21, 'CT1', 'OFF', 'QUEUED', now(), 'u'),"
        + " (22, 'CT2', 'OFF', 'QUEUED', now(), 'u')");
    sql.update("insert into email_recipient (email_id, position, kind, contact_no, address, name)"
        + " values (21, 0, 'TO', 'CT1', 'ada@example.com', 'Ada'), (22, 0, 'TO', 'CT2', 'bo@example.com', 'Bo')");
    sql.update("insert into outbox_message (id, entry_no, email_id, to_address, from_address, subject, text_body,"
        + " status, next_attempt_at, created_at) values"
        + " (31, 11, 21, 'ada@example.com', 's@example.com', 'Hi', 'Hi', 'QUEUED', now(), now()),"
        + " (32, 12, 22, 'bo@example.com', 's@example.com', 'Hi', 'Hi', 'QUEUED', now(), now())");
    sql.update("insert into sent_letter (entry_no, paper_size, content) values (11, 'A4', 'Dear Ada')");
    connection.setAutoCommit(false);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @BeforeEach
  void rollBack() throws SQLException {
    connection.rollback();
  }

  @Test
  void aRowNamingNoContactEmailOrEntryIsRefusedWhateverWritesIt() {
    assertRefused(connection, "insert into email (id, contact_no, tracking, status, created_at, sender_user) values (23, 'CT9', 'OFF', 'QUEUED', now(), 'u')");
    assertRefused(connection, "update email set contact_no = 'CT9' where id = 21");
    assertRefused(connection, "insert into email_recipient (email_id, position, kind, contact_no, address) values (29, 0, 'TO', 'CT1', 'a@b.c')");
    assertRefused(connection, "insert into email_recipient (email_id, position, kind, contact_no, address)"
        + " select 21, position + 1, kind, case when position = 0 then 'CT9' end, address from email_recipient where email_id = 21");
    assertRefused(connection, "update email_recipient set email_id = 29 where email_id = 22");
    assertRefused(connection, "insert into outbox_message (id, entry_no, email_id, to_address, from_address, subject, text_body,"
        + " status, next_attempt_at, created_at) values (33, 11, 29, 'a@b.c', 's@b.c', 'Hi', 'Hi', 'QUEUED', now(), now())");
    assertRefused(connection, "insert into outbox_message (id, entry_no, email_id, to_address, from_address, subject, text_body,"
        + " status, next_attempt_at, created_at) values (33, 19, 21, 'a@b.c', 's@b.c', 'Hi', 'Hi', 'QUEUED', now(), now())");
    assertRefused(connection, "update outbox_message set entry_no = 19 where id = 31");
    assertRefused(connection, "insert into sent_letter (entry_no, paper_size, content) values (19, 'A4', 'Dear nobody')");
    assertRefused(connection, "insert into sent_letter (entry_no, paper_size, content)"
        + " select e, 'A4', 'Dear Bo' from unnest(array[12, 19]) e");
    assertRefused(connection, "update sent_letter set entry_no = 19 where entry_no = 11");

    assertThat(sql.update("update email set status = 'SENT' where id = 21")).as("no reference changed").isEqualTo(1);
    assertThat(sql.update("update outbox_message set status = 'SENT' where id in (31, 32)")).isEqualTo(2);
    assertThat(sql.update("insert into email_recipient (email_id, position, kind, address) values (21, 1, 'CC', 'x@y.z')"))
        .as("a recipient who is no contact").isEqualTo(1);
    assertThat(sql.update("update sent_letter set content = 'Dear Ada,' where entry_no = 11")).isEqualTo(1);
    assertThat(sql.update("insert into sent_letter (entry_no, paper_size, content) values (12, 'A4', 'Dear Bo')")).isEqualTo(1);
  }

  @Test
  void deletingAnEmailDeletesItsRecipientsAndOutboxMessagesAndAnEntryItsOutboxMessagesAndLetter() {
    assertThat(sql.update("delete from email where id = 21")).isEqualTo(1);
    assertThat(sql.number("select count(*) from email_recipient where email_id = 21")).isZero();
    assertThat(sql.number("select count(*) from outbox_message where email_id = 21")).isZero();

    assertThat(sql.update("delete from interaction_log_entry where entry_no = 12")).isEqualTo(1);
    assertThat(sql.number("select count(*) from outbox_message where entry_no = 12")).isZero();
    assertThat(sql.number("select count(*) from email_recipient where email_id = 22")).as("the email stays").isEqualTo(1);

    assertThat(sql.update("delete from interaction_log_entry where entry_no = 11")).isEqualTo(1);
    assertThat(sql.number("select count(*) from sent_letter where entry_no = 11")).isZero();
  }

  @Test
  void aContactAnEmailOrARecipientNamesCannotBeDeletedOneNamedByNoneCan() {
    sql.update("delete from interaction_log_entry where contact_no = 'CT1'");
    assertRefused(connection, "delete from contact where no = 'CT1'");
    sql.update("update email set contact_no = null where id = 21");
    assertRefused(connection, "delete from contact where no = 'CT1'");
    assertThat(sql.update("delete from contact where no = 'CT3'")).isEqualTo(1);
  }

  @Test
  void aDeleteBesideAWriterWaitsForItAndThenSeesWhatItWrote() throws Exception {
    sql.update("insert into email_recipient (email_id, position, kind, contact_no, address) values (22, 1, 'CC', 'CT3', 'c@y.z')");
    try (Connection other = DATABASE.connect()) {
      other.setAutoCommit(false);
      CompletableFuture<Integer> delete = waitsForCommitOf(connection, () -> new Sql(other).update(
          "delete from contact where no = 'CT3'"));
      assertThatThrownBy(() -> delete.get(10, TimeUnit.SECONDS)).satisfies(ForeignKeyViolations::assertViolation);
      other.rollback();
    } finally {
      sql.update("delete from email_recipient where email_id = 22 and position = 1");
      connection.commit();
    }
  }

  @Test
  void anEntryDeletedBesideTheWriterOfItsLetterWaitsAndTakesTheLetterWithIt() throws Exception {
    sql.update("insert into sent_letter (entry_no, paper_size, content) values (12, 'A4', 'Dear Bo')");
    try (Connection other = DATABASE.connect()) {
      other.setAutoCommit(false);
      CompletableFuture<Integer> delete = waitsForCommitOf(connection, () -> new Sql(other).update(
          "delete from interaction_log_entry where entry_no = 12"));
      assertThat(delete.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(new Sql(other).number("select count(*) from sent_letter where entry_no = 12")).isZero();
      other.rollback();
    } finally {
      sql.update("delete from sent_letter where entry_no = 12");
      connection.commit();
    }
  }

}
