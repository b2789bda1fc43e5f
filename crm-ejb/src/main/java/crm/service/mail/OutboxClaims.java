package crm.service.mail;

import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

/**
 * Claims due outbox messages for this instance in a short transaction of its own (DESIGN.md
 * decision 5, F-63): the rows are locked with SKIP LOCKED and marked SENDING until the claim
 * expires, and the claim commits before anything is sent, so instances running the same timer
 * never pick the same message. A message whose last attempt started and never finished was
 * perhaps delivered by an instance that died: it becomes UNCERTAIN instead of being claimed.
 * Claiming beats this instance's heartbeat, so that its claims never pass for a dead instance's
 * while it claims, and an instance killed before its heartbeat timer first ran is noticed too.
 *
 * <p>No role: the mail timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class OutboxClaims {

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject private MailSettings settings;
  @Inject private SendingInstance instance;
  @Inject private Clock clock;

  /** Claims up to one batch of due messages, oldest first; empty when nothing is due. */
  public List<Claim> claimDue() {
    // Milliseconds: the expiry is the claim's token and must read back exactly as written.
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    LocalDateTime claimedUntil = now.plus(settings.claimTimeout());
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      new Heartbeats(sql).beat(instance.id(), now);
      List<Long> ids;
      List<Long> claimed;
      do {
        ids = new OutboxRows(sql).lockDue(now, now.minus(settings.heartbeatLapse()), settings.batchSize());
        claimed = claimUnlessUncertain(sql, ids, claimedUntil, now);
      } while (claimed.isEmpty() && !ids.isEmpty());
      return claimed.stream().map(id -> new Claim(id, claimedUntil)).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot claim outbox messages", e);
    }
  }

  /** Claims the locked messages but those left uncertain, which become UNCERTAIN; answers the claimed. */
  private List<Long> claimUnlessUncertain(Sql sql, List<Long> ids, LocalDateTime claimedUntil, LocalDateTime now) {
    SendLedger ledger = new SendLedger(sql);
    OutboxTransitions transitions = new OutboxTransitions(sql);
    List<Long> uncertain = ledger.unfinished(ids);
    if (!uncertain.isEmpty()) {
      ledger.uncertain(uncertain);
      transitions.uncertain(uncertain);
    }
    List<Long> claimed = ids.stream().filter(id -> !uncertain.contains(id)).toList();
    transitions.claim(claimed, claimedUntil, instance.id(), now);
    return claimed;
  }
}
