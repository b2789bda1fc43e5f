package crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crm.service.scheduling.Job;
import crm.service.scheduling.JobRunner;
import crm.service.scheduling.ScheduledJobs;
import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timer console over HTTP as the batch administrator (F-60, F-61): the jobs in words, pause,
 * resume and run now held in the database. The application's timers are stopped; each test ticks
 * the jobs itself, as instances of its own naming, on a clock it controls (STYLE.md section 6).
 */
@ExtendWith(ArquillianExtension.class)
@LoggedInAs("batch")
class ScheduledJobsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject JobRunner runner;
  @Inject ScheduledJobs jobs;
  @Inject MailTimers timers;
  @Inject TestClock clock;
  @Inject TestInstance instance;
  @Inject HttpServletRequest request;
  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  private final HttpClient http = HttpClient.newHttpClient();
  private Api batch;

  @BeforeEach
  void stopTimers() throws Exception {
    timers.stopAll();
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/";
    batch = new Api(URI.create(base).toURL()).as("batch", "batch-demo");
  }

  @AfterEach
  void resetClockAndInstance() {
    clock.reset();
    instance.reset();
  }

  @Test
  void theBatchAdministratorSeesEveryJobInWordsAndOthersAreRefused() {
    List<JsonObject> jobs = batch.get("jobs").array().getValuesAs(JsonObject.class);
    assertThat(jobs).extracting(job -> job.getString("name"), job -> job.getString("schedule")).containsExactly(
        tuple("mail-dispatch", "every 5 seconds"),
        tuple("email-release", "every 30 seconds"),
        tuple("delete-canceled-campaign-entries", "daily at 02:00"),
        tuple("clean-up", "daily at 03:00"),
        tuple("reminders", "every minute"),
        tuple("replies", "every minute"),
        tuple("message-opened-cards", "every minute"));
    assertThat(batch.get("jobs/clean-up").object().getString("nextRunAt")).contains("T03:00");

    assertThat(batch.as("admin", "admin-demo").get("jobs").status()).isEqualTo(200);
    assertThat(batch.as("sales", "sales-demo").get("jobs").status()).isEqualTo(403);
    assertThat(batch.as("manager", "manager-demo").post("jobs/clean-up/run-now", "").status()).isEqualTo(403);
    assertThat(batch.get("jobs/no-such-job").status()).isEqualTo(404);
  }

  @Test
  void aDailyJobsTimeIsSetOverRestAsInTheConsoleAndABadTimeChangesNothing() {
    String job = "jobs/delete-canceled-campaign-entries";
    try {
      JsonObject moved = batch.put(job + "/schedule", "{\"dailyAt\": \"04:30\"}").object();
      assertThat(moved.getString("schedule")).isEqualTo("daily at 04:30");
      assertThat(moved.getString("dailyAt")).isEqualTo("04:30");
      assertThat(moved.getString("nextRunAt")).contains("T04:30");

      Api.Answer bad = batch.put(job + "/schedule", "{\"dailyAt\": \"25:00\"}");
      assertThat(bad.status()).isEqualTo(422);
      assertThat(bad.object().getString("detail")).isEqualTo("The value of \"dailyAt\" is not valid: 25:00");
      assertThat(batch.put(job + "/schedule", "{}").status()).isEqualTo(422);
      assertThat(batch.put("jobs/mail-dispatch/schedule", "{\"dailyAt\": \"04:30\"}").status()).isEqualTo(422);
      assertThat(batch.as("sales", "sales-demo").put(job + "/schedule", "{\"dailyAt\": \"05:00\"}").status())
          .isEqualTo(403);
      assertThat(batch.get(job).object().getString("schedule")).isEqualTo("daily at 04:30");
    } finally {
      jobs.reschedule("delete-canceled-campaign-entries", LocalTime.of(2, 0));
    }
  }

  @Test
  void aPausedDailyJobRecordsItsDueRunSkippedAndResumedItDeletesTheCanceledEntries() throws Exception {
    long canceled = campaignEntry(true);
    long kept = campaignEntry(false);
    String job = "jobs/delete-canceled-campaign-entries";
    clock.set(LocalDate.now().plusDays(10).atTime(1, 59, 50).atZone(ZoneId.systemDefault()).toInstant());
    jobs.reschedule("delete-canceled-campaign-entries", LocalTime.of(2, 0));
    assertThat(batch.post(job + "/pause", "").object().getBoolean("paused")).isTrue();

    clock.advance(Duration.ofSeconds(20));
    instance.actAs("skip-1");
    runner.tick(Job.DELETE_CANCELED_CAMPAIGN_ENTRIES);
    instance.actAs("skip-2");
    runner.tick(Job.DELETE_CANCELED_CAMPAIGN_ENTRIES);
    assertThat(runsOf("skip-1", "skip-2")).containsExactly("skip-1 SKIPPED 0");
    assertThat(entryExists(canceled)).as("paused: nothing deleted").isTrue();

    assertThat(batch.post(job + "/resume", "").object().getBoolean("paused")).isFalse();
    clock.advance(Duration.ofDays(1));
    instance.actAs("run-1");
    runner.tick(Job.DELETE_CANCELED_CAMPAIGN_ENTRIES);
    instance.actAs("run-2");
    runner.tick(Job.DELETE_CANCELED_CAMPAIGN_ENTRIES);
    assertThat(runsOf("run-1", "run-2")).containsExactly("run-1 OK 1");
    assertThat(entryExists(canceled)).isFalse();
    assertThat(entryExists(kept)).isTrue();
    JsonObject lastRun = batch.get(job).object().getJsonObject("lastRun");
    assertThat(lastRun.getString("outcome")).isEqualTo("OK");
    assertThat(lastRun.getInt("items")).isEqualTo(1);
    assertThat(lastRun.getString("instance")).isEqualTo("run-1");
  }

  @Test
  void runNowRunsAPausedJobOnceOnOneInstanceAndItsRunsAreListed() throws Exception {
    String job = "jobs/email-release";
    batch.post(job + "/pause", "");
    instance.actAs("paused-tick");
    runner.tick(Job.EMAIL_RELEASE);
    assertThat(runsOf("paused-tick")).as("a paused job does not run").isEmpty();

    JsonObject requested = batch.post(job + "/run-now", "", "fr").object();
    assertThat(requested.getBoolean("runRequested")).isTrue();
    assertThat(requested.getString("schedule")).isEqualTo("toutes les 30 secondes");
    instance.actAs("run-now");
    List<Future<?>> ticks = List.of(executor.submit(() -> runner.tick(Job.EMAIL_RELEASE)),
        executor.submit(() -> runner.tick(Job.EMAIL_RELEASE)), executor.submit(() -> runner.tick(Job.EMAIL_RELEASE)));
    for (Future<?> tick : ticks) {
      tick.get();
    }
    assertThat(runsOf("run-now")).containsExactly("run-now OK 0");
    assertThat(batch.get(job).object().getBoolean("runRequested")).isFalse();

    JsonObject runs = batch.get(job + "/runs?outcome=OK&from=" + LocalDate.now()).object();
    assertThat(runs.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(run -> run.getString("instance")).contains("run-now");
    batch.post(job + "/resume", "");
  }

  @Test
  void theCleanUpEndsARunWhoseInstanceStoppedAndTheConsoleShowsItFailed() throws Exception {
    // Later than any run another test records, so that it is the last run of mail-dispatch,
    // whose runs no other test reads.
    clock.advance(Duration.ofDays(30));
    try (Connection connection = dataSource.getConnection()) {
      new Sql(connection).update("insert into job_run (id, job_name, started_at, instance_id) values"
          + " (nextval('job_run_seq'), 'mail-dispatch', ?, 'died')",
          LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()).minusDays(2));
    }
    assertThat(batch.get("jobs/mail-dispatch").object().getBoolean("running")).isTrue();

    batch.post("jobs/clean-up/run-now", "");
    instance.actAs("cleaner");
    runner.tick(Job.CLEAN_UP);

    assertThat(runsOf("died")).containsExactly("died FAILED 0");
    JsonObject job = batch.get("jobs/mail-dispatch").object();
    assertThat(job.getBoolean("running")).isFalse();
    assertThat(job.getJsonObject("lastRun").getString("failureMessage")).contains("instance stopped");
    assertThat(runsOf("cleaner")).hasSize(1).allMatch(run -> run.startsWith("cleaner OK"));
  }

  @Test
  void healthAndMetricsAreReadOverHttp() throws Exception {
    instance.actAs("metrics");
    runner.tick(Job.EMAIL_RELEASE);
    String server = "http://127.0.0.1:" + request.getLocalPort();

    JsonObject ready = json(server + "/health/ready");
    assertThat(check(ready, "crm-database").getString("status")).isEqualTo("UP");
    assertThat(data(check(ready, "crm-database"), "migrated")).isEqualTo("true");
    assertThat(check(ready, "job-email-release").getString("status")).isEqualTo("UP");
    assertThat(check(json(server + "/health/live"), "crm-live").getString("status")).isEqualTo("UP");

    clock.advance(Duration.ofMinutes(10));
    JsonObject late = check(json(server + "/health"), "job-email-release");
    assertThat(late.getString("status")).as("no run for ten minutes").isEqualTo("DOWN");
    assertThat(data(late, "overdue")).isEqualTo("true");

    String metrics = http.send(HttpRequest.newBuilder(URI.create(server + "/metrics?scope=application")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(metrics).contains("crm_outbox_due_messages", "crm_outbox_oldest_due_seconds",
        "crm_job_runs_total{job=\"email-release\"", "crm_job_run_duration_seconds");
  }

  private JsonObject json(String address) throws Exception {
    String body = http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString()).body();
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** A value of a check's data as text (Payara writes booleans as strings). */
  private static String data(JsonObject check, String key) {
    return check.getJsonObject("data").get(key).toString().replace("\"", "");
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("No check " + name + " in " + health));
  }

  private long campaignEntry(boolean canceled) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      sql.update("insert into campaign (no, description) values ('JOBS-IT', 'Jobs') on conflict do nothing");
      long entryNo = sql.number("select nextval('campaign_entry_seq')");
      sql.update("insert into campaign_entry (entry_no, campaign_no, entry_date, canceled)"
          + " values (?, 'JOBS-IT', current_date, ?)", entryNo, canceled);
      return entryNo;
    }
  }

  private boolean entryExists(long entryNo) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return new Sql(connection).number("select count(*) from campaign_entry where entry_no = ?", entryNo) == 1;
    }
  }

  /** "instance OUTCOME items" of the runs these instances recorded, in order. */
  private List<String> runsOf(String... instances) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return new Sql(connection).list("select instance_id, outcome, items from job_run where instance_id in ("
          + Sql.placeholders(instances.length) + ") order by id",
          row -> row.getString(1) + " " + row.getString(2) + " " + row.getInt(3), (Object[]) instances);
    }
  }
}
