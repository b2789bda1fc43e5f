package crm.service.email;

import static org.assertj.core.api.Assertions.assertThat;

import crm.service.shared.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL of the reminder and reply jobs on the embedded database (H2 in PostgreSQL mode; the ITs
 * run it on PostgreSQL), DESIGN.md decision 1: a due reminder fires once and its card is found by
 * the time it was closed, a reply is recorded once as an inbound interaction of the contact.
 */
class FollowUpSqlTest {

  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private Connection connection;
  private Sql sql;

  @BeforeEach
  void migrate() throws SQLException {
    String url = "jdbc:h2:mem:follow-up-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    connection = DriverManager.getConnection(url, "sa", "");
    sql = new Sql(connection);
    sql.update("insert into contact (no, type, name) values ('CT1', 'PERSON', 'Ann Answer')");
    sql.update("insert into interaction_template (code, description, unit_cost) values ('EMAIL', 'E-mail', 0.10)");
    for (long id = 1; id <= 2; id++) {
      sql.update("insert into email (id, contact_no, subject, tracking, status, message_id, sender_user, created_at)"
          + " values (?, 'CT1', ?, 'ON', 'SENT', ?, 'sales', current_timestamp)", id, "Offer " + id, "<sent-" + id + "@cronus.example>");
    }
  }

  @AfterEach
  void close() throws SQLException {
    sql.update("shutdown");
    connection.close();
  }

  @Test
  void aDueReminderFiresOnceWithItsCardAndOneWhoseReplyCameClosesWithout() {
    Instant now = Instant.parse("2026-12-02T09:00:00.123456789Z");
    sql.update("insert into email_reminder (email_id, condition, remind_at, comment, status)"
        + " values (1, 'ANYWAY', ?, 'Call Ann', 'PENDING'), (2, 'NO_REPLY', ?, null, 'PENDING')",
        java.sql.Timestamp.from(now.minusSeconds(60)), java.sql.Timestamp.from(now.plusSeconds(3600)));
    sql.update("insert into email_event (id, email_id, type, occurred_at, classification, reason)"
        + " values (nextval('email_event_seq'), 2, 'REPLY', current_timestamp, 'HUMAN', 'TEST')");

    assertThat(DueReminders.fire(sql, now)).isEqualTo(1);
    assertThat(DueReminders.fire(sql, now)).as("once").isZero();
    assertThat(strings("select email_id || ' ' || status from email_reminder order by email_id"))
        .containsExactly("1 FIRED", "2 NOT_NEEDED");
    assertThat(strings("select kind || ' ' || email_id || ' ' || note from action_card"))
        .containsExactly("REMINDER_DUE 1 Call Ann");
  }

  @Test
  void aReplyIsRecordedOnceAsAnInboundInteractionWithTheSetupsTemplate() {
    List<InboxMessage> inbox = List.of(
        new InboxMessage("INBOX/7/1", "<reply-1@answer.example>", List.of("<old@elsewhere.example>",
            "<sent-1@cronus.example>"), "Re: Offer 1"),
        new InboxMessage("INBOX/7/2", "<lunch@answer.example>", List.of(), "Lunch?"));
    assertThat(record(inbox)).as("no template named: no entry").isEqualTo(1);
    assertThat(strings("select count(*) from interaction_log_entry")).containsExactly("0");

    sql.update("update marketing_setup set reply_template_code = 'EMAIL'");
    assertThat(record(inbox)).as("already recorded").isZero();
    assertThat(record(List.of(new InboxMessage("INBOX/7/3", "<reply-2@answer.example>",
        List.of("<sent-2@cronus.example>"), "Re: Offer 2")))).isEqualTo(1);
    assertThat(strings("select information_flow || ' ' || initiated_by || ' ' || interaction_template_code || ' '"
        + " || contact_no || ' ' || subject || ' ' || cost from interaction_log_entry"))
        .containsExactly("INBOUND THEM EMAIL CT1 Re: Offer 2 0.10");
    assertThat(strings("select count(*) from email_event where type = 'REPLY'")).containsExactly("2");
  }

  private int record(List<InboxMessage> messages) {
    List<ReplyMatching.Reply> replies = new ReplyMatching(sql).newReplies(messages);
    new ReplyRows(sql).record(replies, Instant.now(), LocalDateTime.now());
    return replies.size();
  }

  private List<String> strings(String query) {
    return sql.list(query, row -> row.getString(1));
  }
}
