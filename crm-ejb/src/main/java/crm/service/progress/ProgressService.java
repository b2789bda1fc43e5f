package crm.service.progress;

import crm.domain.security.Roles;
import crm.service.mail.InstanceHeartbeat;
import crm.service.mail.MailSettings;
import crm.service.mail.SendingInstance;
import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The progress rows of long work (F-66). Starting and reporting commit at once in transactions
 * of their own, so every instance sees them while the work's transaction is still open; the end
 * commits with the work itself, so DONE is never shown for work that was rolled back. A failure
 * is recorded after the work's rollback, again in a transaction of its own.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class ProgressService {

  public static final String SEGMENT_LOG = "SEGMENT_LOG";
  public static final String LETTER_PRINT = "LETTER_PRINT";

  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @Inject private SendingInstance instance;
  @Inject private InstanceHeartbeat heartbeat;
  @Inject private MailSettings mail;

  /** Records that the work starts on {@code total} items in its first phase; answers its id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long start(String kind, String subjectNo, WorkPhase phase, long total) {
    heartbeat.beat();
    LocalDateTime now = LocalDateTime.now(clock);
    String user = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
    return withSql(sql -> {
      long id = sql.number("select nextval('work_progress_seq')");
      sql.update("insert into work_progress (id, kind, subject_no, state, phase, total, started_by, started_at,"
          + " updated_at, instance_id) values (?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?)",
          id, kind, subjectNo, phase.name(), total, user, now, now, instance.id());
      return id;
    });
  }

  /** A report of the running work ({@link ProgressReport}). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void report(long id, WorkPhase phase, long done, long total, long letters, long emails) {
    withSql(sql -> sql.update("update work_progress set phase = ?, done = ?, total = ?, letters = ?, emails = ?,"
        + " updated_at = ? where id = ? and state = 'RUNNING'",
        phase.name(), done, total, letters, emails, LocalDateTime.now(clock), id));
  }

  /** The work is done and produced {@code resultNo}: in the work's transaction, so it commits with it. */
  public void finish(long id, String resultNo) {
    withSql(sql -> sql.update("update work_progress set state = 'DONE', result_no = ?, updated_at = ? where id = ?",
        resultNo, LocalDateTime.now(clock), id));
  }

  /** The work failed and was rolled back; {@code failure} is the message to show, null when unexpected. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long id, String failure) {
    String shown = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
    withSql(sql -> sql.update("update work_progress set state = 'FAILED', failure = ?, updated_at = ?"
        + " where id = ? and state = 'RUNNING'", shown, LocalDateTime.now(clock), id));
  }

  /** The last run of that kind of work on that record, if any. */
  public Optional<WorkProgress> latest(String kind, String subjectNo) {
    LocalDateTime alive = LocalDateTime.now(clock).minus(mail.heartbeatLapse());
    return withSql(sql -> sql.list("select p.id, p.subject_no, p.state, p.phase, p.done, p.total, p.letters,"
        + " p.emails, p.result_no, p.failure, p.started_by, p.started_at, case when p.state = 'RUNNING' and not exists"
        + " (select 1 from sending_instance i where i.instance_id = p.instance_id and i.heartbeat_at >= ?)"
        + " then 1 else 0 end from work_progress p where p.kind = ? and p.subject_no = ? order by p.id desc limit 1",
        row -> new WorkProgress(row.getLong(1), row.getString(2), row.getString(3), WorkPhase.valueOf(row.getString(4)),
            row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getString(9), row.getString(10),
            row.getString(11), row.getTimestamp(12).toLocalDateTime(), row.getInt(13) == 1),
        alive, kind, subjectNo).stream().findFirst());
  }

  private <T> T withSql(Function<Sql, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(new Sql(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the progress of the work", e);
    }
  }
}
