package crm.service.email;

import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Fires due follow-up reminders (F-54), set-based, a batch at a time. The waiting reminders that
 * are due, or whose condition can no longer hold (the reply or the human open came early), are
 * locked with SKIP LOCKED, so instances running the same timer never fire one twice; a due one
 * whose condition holds becomes FIRED with a high-priority action card for the email's sender,
 * every other locked one becomes NOT_NEEDED. Conditions count human events only (SPEC "Machine
 * or human"). Plain JDBC, two statements per 2,000 reminders (see the README's benchmark).
 *
 * <p>No role: the reminder timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class DueReminders {

  private static final int BATCH = 2000;
  private static final String REPLIED = "exists (select 1 from email_event ev where ev.email_id = r.email_id"
      + " and ev.type = 'REPLY')";
  private static final String OPENED = "exists (select 1 from email_event ev where ev.email_id = r.email_id"
      + " and ev.type = 'OPEN' and ev.classification = 'HUMAN')";
  /** The reminder's condition can no longer hold. */
  private static final String SETTLED = "((r.condition = 'NO_REPLY' and " + REPLIED + ")"
      + " or (r.condition = 'NOT_OPENED' and " + OPENED + "))";

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;
  @Inject private Clock clock;

  /** Fires or closes every reminder due now; answers how many cards were raised. */
  public int fireDue() {
    try (Connection connection = dataSource.getConnection()) {
      return fire(new Sql(connection), clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }

  /**
   * The job's work on a connection of the caller's transaction: a batch of due reminders locked
   * and closed by one statement, then the cards of those it fired, found by the time it closed
   * them (a run at the same time on another instance has its cards committed with its reminders).
   */
  static int fire(Sql sql, Instant at) {
    // the cards find their reminders by this time: as precise as the database keeps it
    OffsetDateTime now = at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    int fired = 0;
    while (sql.update("update email_reminder r set closed_at = ?, status = case when r.remind_at <= ? and not "
        + SETTLED + " then 'FIRED' else 'NOT_NEEDED' end where r.email_id in (select r.email_id from email_reminder r"
        + " where r.status = 'PENDING' and (r.remind_at <= ? or " + SETTLED + ") order by r.remind_at, r.email_id"
        + " limit ? for update skip locked)", now, now, now, BATCH) > 0) {
      fired += sql.update("insert into action_card (id, owner_user, kind, priority, email_id, contact_no, note,"
          + " created_at, status) select nextval('action_card_seq'), e.sender_user, 'REMINDER_DUE', 1, e.id,"
          + " e.contact_no, r.comment, ?, 'OPEN' from email_reminder r join email e on e.id = r.email_id"
          + " where r.closed_at = ? and r.status = 'FIRED' and not exists (select 1 from action_card c"
          + " where c.email_id = r.email_id and c.kind = 'REMINDER_DUE' and c.created_at = ?)", now, now, now);
    }
    return fired;
  }
}
