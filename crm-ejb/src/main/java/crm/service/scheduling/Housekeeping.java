package crm.service.scheduling;

import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The work of the two maintenance jobs, each one set-based statement per kind of row, in one
 * transaction. No role: only the timers (and a run requested from the console) call it.
 */
@Stateless
@PermitAll
public class Housekeeping {

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "crm.jobs.clean-up.run-history-days")
  private int runHistoryDays;

  @Inject
  @ConfigProperty(name = "crm.jobs.clean-up.tracking-days")
  private int trackingDays;

  /** "Delete canceled campaign entries" of every campaign; returns how many. */
  public int deleteCanceledCampaignEntries() {
    return withSql(sql -> sql.update("delete from campaign_entry where canceled = true"));
  }

  /**
   * Deletes the claims nobody holds any more (instances silent for a day that hold no message,
   * login failures older than a day), ended runs older than the run history's retention and
   * tracking events older than the tracking retention, and marks FAILED the runs started over a
   * day ago that never ended (their instance stopped); returns how many rows.
   */
  public int cleanUp() {
    LocalDateTime now = LocalDateTime.now(clock);
    OffsetDateTime offsetNow = OffsetDateTime.now(clock);
    return withSql(sql -> sql.update("delete from sending_instance where heartbeat_at < ? and not exists"
            + " (select 1 from outbox_message m where m.claimed_by = sending_instance.instance_id)", now.minusDays(1))
        + sql.update("delete from login_failure where last_failure_at < ?", offsetNow.minusDays(1))
        + sql.update("delete from job_run where started_at < ? and outcome is not null", now.minusDays(runHistoryDays))
        + sql.update("delete from email_event where occurred_at < ?", offsetNow.minusDays(trackingDays))
        + sql.update("update job_run set outcome = 'FAILED', ended_at = ?, failures = 1, failure_message ="
            + " 'The run never ended: its instance stopped.' where outcome is null and started_at < ?", now, now.minusDays(1)));
  }

  private int withSql(ToIntFunction<Sql> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.applyAsInt(new Sql(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot clean up", e);
    }
  }
}
