package crm.service.mail;

import crm.service.shared.Sql;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.ListRequest;
import crm.service.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The outbox console's use cases (F-62, issue 15): list the messages by status with their send
 * ledger, put a failed message back in the queue, cancel one that has not been sent yet, and
 * settle an UNCERTAIN one: mark it sent, or send it again under the same Message-ID so that the
 * receiving systems recognise the copy. Sending itself is the dispatcher's.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.BATCH_ADMIN})
public class OutboxService {

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject private Clock clock;
  @Inject private MailSettings settings;

  /** One page of the messages in {@code status} (all when null), newest first; sort is ignored. */
  public Page<OutboxMessage> list(OutboxStatus status, ListRequest request) {
    return withJdbc(sql -> {
      OutboxRows rows = new OutboxRows(sql);
      int offset = request.page() * request.size();
      return new Page<>(rows.page(status, offset, request.size()), rows.count(status));
    });
  }

  /** How many messages are in each status (zero for a status without any), in one query. */
  public Map<OutboxStatus, Long> countByStatus() {
    return withJdbc(sql -> new OutboxRows(sql).countByStatus());
  }

  public OutboxMessage get(long id) {
    return withJdbc(sql -> find(sql, id));
  }

  /** The message's attempts, and until when a temporary failure is still tried. */
  public DeliveryHistory history(long id) {
    return withJdbc(sql -> {
      OutboxMessage message = find(sql, id);
      boolean retrying = message.status() == OutboxStatus.QUEUED && message.firstAttemptAt() != null;
      return new DeliveryHistory(new SendLedger(sql).attempts(id),
          retrying ? settings.retryPolicy().triesUntil(message.firstAttemptAt()) : null);
    });
  }

  /** Records that an UNCERTAIN message arrived after all, sent when its last attempt started. */
  public OutboxMessage markSent(long id) {
    return withJdbc(sql -> {
      OutboxMessage message = find(sql, id);
      List<SendAttempt> attempts = new SendLedger(sql).attempts(id);
      if (attempts.isEmpty()
          || !new OutboxTransitions(sql).markSent(message, attempts.get(attempts.size() - 1).startedAt())) {
        throw new ConflictException("outbox.notUncertain", id, message.status());
      }
      return find(sql, id);
    });
  }

  /** Queues an UNCERTAIN message again, due now: it goes out with the Message-ID of its first attempt. */
  public OutboxMessage sendAgain(long id) {
    return withJdbc(sql -> {
      OutboxMessage message = find(sql, id);
      if (!new OutboxTransitions(sql).sendAgain(message, LocalDateTime.now(clock))) {
        throw new ConflictException("outbox.notUncertain", id, message.status());
      }
      return find(sql, id);
    });
  }

  /** Queues a FAILED message again, due now, with a fresh set of tries. */
  public OutboxMessage retry(long id) {
    return withJdbc(sql -> {
      OutboxMessage message = find(sql, id);
      if (!new OutboxTransitions(sql).requeueFailed(message, LocalDateTime.now(clock))) {
        throw new ConflictException("outbox.notFailed", id, message.status());
      }
      return find(sql, id);
    });
  }

  /** Cancels a QUEUED message; one being sent or already sent cannot be called back. */
  public OutboxMessage cancel(long id) {
    return withJdbc(sql -> {
      OutboxMessage message = find(sql, id);
      if (!new OutboxTransitions(sql).cancelQueued(message)) {
        throw new ConflictException("outbox.notQueued", id, message.status());
      }
      return find(sql, id);
    });
  }

  private static OutboxMessage find(Sql sql, long id) {
    return new OutboxRows(sql).find(id)
        .orElseThrow(() -> new UnknownRecordException("outbox.unknown", id));
  }

  private <T> T withJdbc(Function<Sql, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(new Sql(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the outbox", e);
    }
  }
}
