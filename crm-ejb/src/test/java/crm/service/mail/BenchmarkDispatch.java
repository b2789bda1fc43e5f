package crm.service.mail;

import crm.service.shared.Sql;
import crm.service.shared.BenchmarkDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The dispatcher's work with its database, without a container, for {@link MailBenchmark}: claim
 * a batch of 50, then deliver each claimed message as the dispatcher does, on PostgreSQL
 * (BenchmarkDatabase, schema {@code bench_mail}). With the send ledger ({@link MailDispatcher}): the
 * first attempt of a batch commits in a transaction of its own before its message goes to SMTP
 * ({@link AttemptStarts}), every outcome commits after, together with the start of the next
 * message's attempt ({@link MessageDelivery}), which reads the message. Without (the dispatcher
 * before issue 15): one transaction per message, which locks and reads it, and checks its contact.
 * The same SQL classes as the application ({@link OutboxRows}, {@link OutboxTransitions},
 * {@link SendLedger}, {@link Heartbeats}), the same composer and sender.
 */
final class BenchmarkDispatch {

  private static final String INSTANCE = "benchmark";
  private final BenchmarkDatabase database = BenchmarkDatabase.of("bench_mail");
  private final MailSettings settings;
  private final MailSender sender;
  private final Clock clock;

  BenchmarkDispatch(MailSettings settings, MailSender sender, Clock clock) {
    this.settings = settings;
    this.sender = sender;
    this.clock = clock;
  }

  /** A fresh schema with {@code count} messages like {@code sample}, queued. */
  void prepare(OutboxMessage sample, int count) throws SQLException {
    database.recreate();
    try (Connection c = database.connect()) {
      new Sql(c).update("insert into outbox_message (id, to_address, to_name, from_address, from_name, subject,"
              + " html_body, text_body, status, next_attempt_at, created_at) select i, ?, ?, ?, ?, ?, ?, ?, 'SENT',"
              + " localtimestamp, localtimestamp from generate_series(1, ?) i", sample.toAddress(), sample.toName(),
          sample.fromAddress(), sample.fromName(), sample.subject(), sample.htmlBody(), sample.textBody(), count);
    }
  }

  /**
   * Queues every message again, due now, and forgets its attempts. Then vacuums: autovacuum may be
   * off (it is on this project's test machine), and the dead rows of the runs before would slow
   * each run down more than the one before, whichever variant it measures.
   */
  void requeue() throws SQLException {
    try (Connection c = database.connect()) {
      Sql sql = new Sql(c);
      sql.update("truncate send_attempt");
      sql.update("update outbox_message set status = 'QUEUED', attempts = 0, message_id = null, sent_at = null,"
          + " first_attempt_at = null, claimed_until = null, claimed_by = null, next_attempt_at = ?",
          LocalDateTime.now(clock).minusMinutes(1));
      sql.update("vacuum analyze outbox_message, send_attempt, sending_instance");
    }
  }

  void dispatch(boolean ledger) throws Exception {
    try (Connection c = database.connect(); SmtpConnection smtp = sender.reuseConnection()) {
      c.setAutoCommit(false);
      Sql sql = new Sql(c);
      for (List<Claim> batch = claim(c, sql, ledger); !batch.isEmpty(); batch = claim(c, sql, ledger)) {
        Optional<Attempt> started = Optional.empty();
        if (ledger) {
          started = start(sql, batch.get(0));
          c.commit();
        }
        for (int i = 0; i < batch.size(); i++) {
          deliver(sql, batch.get(i), started);
          started = ledger && i + 1 < batch.size() ? start(sql, batch.get(i + 1)) : Optional.empty();
          c.commit();
        }
      }
    }
  }

  private List<Claim> claim(Connection c, Sql sql, boolean ledger) throws SQLException {
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    LocalDateTime until = now.plus(Duration.ofMinutes(10));
    if (ledger) {
      new Heartbeats(sql).beat(INSTANCE, now);
    }
    List<Long> ids = new OutboxRows(sql).lockDue(now, now.minusSeconds(30), 50);
    List<Long> uncertain = ledger ? new SendLedger(sql).unfinished(ids) : List.of();
    List<Long> claimed = ids.stream().filter(id -> !uncertain.contains(id)).toList();
    new OutboxTransitions(sql).claim(claimed, until, INSTANCE, now);
    c.commit();
    return claimed.stream().map(id -> new Claim(id, until)).toList();
  }

  /** The attempt's start, committed by the caller before its message goes to SMTP. */
  private Optional<Attempt> start(Sql sql, Claim claim) {
    return new AttemptOpening(sql, INSTANCE, LocalDateTime.now(clock)).start(claim).attempt();
  }

  /**
   * MessageDelivery.deliver: with the ledger, the message was read when its attempt started; before
   * it, the message was locked and read here, its contact checked, and its Message-ID chosen.
   */
  private void deliver(Sql sql, Claim claim, Optional<Attempt> attempt) throws Exception {
    OutboxRows rows = new OutboxRows(sql);
    OutboxMessage message = attempt.isPresent() ? attempt.get().message() : lockedBeforeTheLedger(sql, claim);
    LocalDateTime now = LocalDateTime.now(clock);
    String messageId = attempt.map(Attempt::messageId).orElseGet(() -> EmailComposer.newMessageId(message.fromAddress()));
    sender.send(new EmailComposer(settings.session()).compose(message, messageId, rows.attachments(message),
        clock.instant()), message.id());
    new OutboxTransitions(sql).sent(message, messageId, now);
    if (attempt.isPresent()) {
      new SendLedger(sql).finish(attempt.get(), DeliveryOutcome.SENT, null, now);
    }
  }

  /** The two statements the dispatcher ran on a message before the send ledger. */
  private static OutboxMessage lockedBeforeTheLedger(Sql sql, Claim claim) {
    OutboxMessage message = sql.list("select " + OutboxRows.FIELDS + " from outbox_message where id = ?"
        + " and status = 'SENDING' and claimed_until = ? for update", OutboxRows::message,
        claim.id(), claim.claimedUntil()).get(0);
    sql.list("select " + OutboxRows.CONTACT_REFUSES_EMAIL + " from outbox_message o where o.id = ?",
        row -> row.getBoolean(1), message.id());
    return message;
  }
}
