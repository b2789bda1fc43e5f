package crm.service.mail;

import crm.service.shared.Sql;
import static crm.service.mail.OutboxDatabase.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status changes on the embedded database, and the entry's delivery status with them. */
class OutboxTransitionsTest {

  private final OutboxDatabase database = new OutboxDatabase();

  @Test
  void sentMessageRecordsItsMessageIdAndTheEntryFollows() throws Exception {
    try (Connection connection = database.connect()) {
      long entry = database.entry(connection, 7, false);
      OutboxMessage message = claimed(connection, database.queue(connection, entry, NOW));

      new OutboxTransitions(new Sql(connection)).sent(message, "<1@cronus.example>", NOW);

      OutboxMessage sent = find(connection, message.id());
      assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
      assertThat(sent.sentAt()).isEqualTo(NOW);
      assertThat(sent.messageId()).isEqualTo("<1@cronus.example>");
      assertThat(sent.attempts()).isEqualTo(1);
      assertThat(deliveryStatus(connection, entry)).isEqualTo("SENT false");
    }
  }

  @Test
  void retryingMessageIsQueuedForLaterAndFailedOneMarksTheEntry() throws Exception {
    try (Connection connection = database.connect()) {
      long entry = database.entry(connection, 8, false);
      OutboxMessage message = claimed(connection, database.queue(connection, entry, NOW));
      OutboxTransitions transitions = new OutboxTransitions(new Sql(connection));

      transitions.retrying(message, "<2@cronus.example>", NOW.plusSeconds(30), "x".repeat(2000));
      OutboxMessage queued = find(connection, message.id());
      assertThat(queued.status()).isEqualTo(OutboxStatus.QUEUED);
      assertThat(queued.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
      assertThat(queued.lastError()).hasSize(1000);
      assertThat(deliveryStatus(connection, entry)).isEqualTo("RETRYING false");

      transitions.failed(queued, "<2@cronus.example>", "550 5.1.1 unknown user");
      assertThat(find(connection, message.id()).status()).isEqualTo(OutboxStatus.FAILED);
      assertThat(find(connection, message.id()).attempts()).isEqualTo(2);
      assertThat(deliveryStatus(connection, entry)).isEqualTo("FAILED true");
    }
  }

  @Test
  void onlyFailedMessagesGoBackInTheQueueAndOnlyQueuedOnesAreCanceled() throws Exception {
    try (Connection connection = database.connect()) {
      long entry = database.entry(connection, 9, false);
      OutboxMessage message = find(connection, database.queue(connection, entry, NOW));
      OutboxTransitions transitions = new OutboxTransitions(new Sql(connection));

      assertThat(transitions.requeueFailed(message, NOW)).isFalse();
      transitions.failed(message, "<3@cronus.example>", "gone");
      assertThat(transitions.cancelQueued(message)).isFalse();
      assertThat(transitions.requeueFailed(message, NOW.plusHours(1))).isTrue();
      assertThat(find(connection, message.id()).attempts()).isZero();
      assertThat(deliveryStatus(connection, entry)).isEqualTo("QUEUED false");
      assertThat(transitions.cancelQueued(message)).isTrue();
      assertThat(find(connection, message.id()).status()).isEqualTo(OutboxStatus.CANCELED);
      assertThat(deliveryStatus(connection, entry)).isEqualTo("CANCELED false");
    }
  }

  private static OutboxMessage claimed(Connection connection, long id) {
    new OutboxTransitions(new Sql(connection)).claim(List.of(id), NOW.plusMinutes(10), "here", NOW);
    return find(connection, id);
  }

  private static OutboxMessage find(Connection connection, long id) {
    return new OutboxRows(new Sql(connection)).find(id).orElseThrow();
  }

  private static String deliveryStatus(Connection connection, long entryNo) {
    return new Sql(connection).list("select delivery_status, attempt_failed from interaction_log_entry"
        + " where entry_no = ?", row -> row.getString(1) + " " + row.getBoolean(2), entryNo).get(0);
  }
}
