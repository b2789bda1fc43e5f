package crm.service.mail;

import crm.service.shared.Sql;
import static crm.service.mail.OutboxDatabase.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The send ledger on the embedded database: attempts, their Message-ID, unfinished ones. */
class SendLedgerTest {

  private final OutboxDatabase database = new OutboxDatabase();

  @Test
  void everyAttemptReusesTheMessageIdOfTheFirst() throws Exception {
    try (Connection connection = database.connect()) {
      long id = database.queue(connection, null, NOW);
      Sql sql = new Sql(connection);
      SendLedger ledger = new SendLedger(sql);
      Claim claim = new Claim(id, NOW.plusMinutes(10));

      Attempt first = ledger.start(claimed(sql, claim, NOW), claim, "one", NOW);
      ledger.finish(first, DeliveryOutcome.RETRYING, "421 try later", NOW.plusSeconds(1));
      Attempt second = ledger.start(claimed(sql, claim, NOW.plusMinutes(1)), claim, "two", NOW.plusMinutes(1));

      assertThat(second.number()).isEqualTo(2);
      assertThat(second.messageId()).isEqualTo(first.messageId()).endsWith("@cronus.example>");
      assertThat(find(sql, id).firstAttemptAt()).as("the first claim's time").isEqualTo(NOW);
      assertThat(ledger.attempts(id)).extracting(SendAttempt::instanceId, SendAttempt::outcome, SendAttempt::error)
          .containsExactly(tuple("one", "RETRYING", "421 try later"),
              tuple("two", null, null));
    }
  }

  @Test
  void aMessageWhoseAttemptNeverFinishedIsUncertain() throws Exception {
    try (Connection connection = database.connect()) {
      long finished = database.queue(connection, null, NOW);
      long unfinished = database.queue(connection, null, NOW);
      long neverTried = database.queue(connection, null, NOW);
      Sql sql = new Sql(connection);
      SendLedger ledger = new SendLedger(sql);
      Claim finishedClaim = new Claim(finished, NOW);
      ledger.finish(ledger.start(claimed(sql, finishedClaim, NOW), finishedClaim, "one", NOW), DeliveryOutcome.SENT, null, NOW);
      Claim unfinishedClaim = new Claim(unfinished, NOW);
      ledger.start(claimed(sql, unfinishedClaim, NOW), unfinishedClaim, "one", NOW);

      assertThat(ledger.unfinished(List.of(finished, unfinished, neverTried))).containsExactly(unfinished);
      ledger.uncertain(List.of(unfinished));
      assertThat(ledger.unfinished(List.of(unfinished))).isEmpty();
      SendAttempt attempt = ledger.attempts(unfinished).get(0);
      assertThat(attempt.outcome()).isEqualTo("UNCERTAIN");
      assertThat(attempt.finishedAt()).isNull();
      assertThat(attempt.startedAt()).isEqualTo(NOW);
    }
  }

  @Test
  void aLostClaimStartsNoAttempt() throws Exception {
    try (Connection connection = database.connect()) {
      long id = database.queue(connection, null, NOW);
      Sql sql = new Sql(connection);
      new OutboxTransitions(sql).claim(List.of(id), NOW.plusMinutes(10), "here", NOW);
      new OutboxTransitions(sql).claim(List.of(id), NOW.plusMinutes(30), "here", NOW);
      SendLedger ledger = new SendLedger(sql);

      assertThat(ledger.lockForAttempt(new Claim(id, NOW.plusMinutes(10)))).isEmpty();
      OutboxMessage message = ledger.lockForAttempt(new Claim(id, NOW.plusMinutes(30))).orElseThrow().message();
      assertThat(message.status()).isEqualTo(OutboxStatus.SENDING);
      assertThat(message.toName()).isEqualTo("Jørgen Ærø");
      assertThat(message.htmlBody()).isEqualTo("<p>Kære Jørgen</p>");
      assertThat(message.createdAt()).isEqualTo(NOW);
    }
  }

  @Test
  void knowsContactsWhoRefuseEmailMeanwhile() throws Exception {
    try (Connection connection = database.connect()) {
      long willing = database.queue(connection, database.entry(connection, 1, false), NOW);
      long refusing = database.queue(connection, database.entry(connection, 2, true), NOW);
      Sql sql = new Sql(connection);

      assertThat(claimed(sql, new Claim(willing, NOW.plusMinutes(10)), NOW).contactRefusesEmail()).isFalse();
      assertThat(claimed(sql, new Claim(refusing, NOW.plusMinutes(10)), NOW).contactRefusesEmail()).isTrue();
    }
  }

  /** The message claimed by this instance, locked for its attempt. */
  private static AttemptTarget claimed(Sql sql, Claim claim, LocalDateTime now) {
    new OutboxTransitions(sql).claim(List.of(claim.id()), claim.claimedUntil(), "one", now);
    return new SendLedger(sql).lockForAttempt(claim).orElseThrow();
  }

  private static OutboxMessage find(Sql sql, long id) {
    return new OutboxRows(sql).find(id).orElseThrow();
  }
}
