package crm.service.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.scheduling.JobOutcome;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The jobs' SQL on the embedded database (DESIGN.md decision 1): claims and run records. */
class JobRowsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 2, 0, 3);
  private final String url = "jdbc:h2:mem:jobs-" + UUID.randomUUID()
      + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  JobRowsTest() {
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
  }

  @Test
  void aDailyJobsDueRunIsTakenOnceAndMovesToTheNextDay() throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      JobRows rows = new JobRows(new Sql(connection));
      Schedule nightly = Schedule.dailyAt(LocalTime.of(2, 0));
      Job job = Job.DELETE_CANCELED_CAMPAIGN_ENTRIES;

      assertThat(rows.claimDueRun(job, nightly, NOW.minusMinutes(1))).as("first sight: only planned").isFalse();
      assertThat(rows.state(job).nextRunAt()).isEqualTo(LocalDateTime.of(2026, 12, 2, 2, 0));
      assertThat(rows.claimDueRun(job, nightly, NOW)).isTrue();
      assertThat(rows.claimDueRun(job, nightly, NOW)).as("another instance").isFalse();
      assertThat(rows.state(job).nextRunAt()).isEqualTo(LocalDateTime.of(2026, 12, 3, 2, 0));
    }
  }

  @Test
  void aRequestedRunIsTakenByOneInstanceOnly() throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      Sql sql = new Sql(connection);
      sql.update("update scheduled_job set run_requested_at = ? where name = 'clean-up'", NOW);
      JobRows rows = new JobRows(sql);
      assertThat(rows.claimRunRequest(Job.CLEAN_UP)).isTrue();
      assertThat(rows.claimRunRequest(Job.CLEAN_UP)).isFalse();
    }
  }

  @Test
  void aRunIsInsertedWhenItStartsAndCompletedOnceWhenItEnds() throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      JobRows rows = new JobRows(new Sql(connection));
      long id = rows.start(Job.MAIL_DISPATCH, NOW, "here");
      assertThat(new Sql(connection).row("select outcome from job_run where id = ?", id)[0]).isNull();

      rows.finish(id, NOW, NOW.plusSeconds(2), JobOutcome.OK, new JobResult(7, 1, "x".repeat(2000)));

      Object[] run = new Sql(connection).row("select outcome, duration_ms, items, failures,"
          + " length(failure_message), instance_id from job_run where id = ?", id);
      assertThat(run).containsExactly("OK", 2000L, 7, 1, 1000L, "here");
    }
  }
}
