package crm.service.segment;

import crm.domain.letter.Letterhead;
import crm.domain.setup.EmailFallback;
import crm.service.email.BulkEmails;
import crm.service.progress.ProgressReport;
import crm.service.progress.WorkPhase;
import crm.service.shared.BenchmarkDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Issue 8: logging the benchmark's 50,000-line segment by email, with tracking and each message
 * scheduled in its recipient's working hours, against the same log without them (target: at most
 * 1.5 times as long). Each log (entries, logged segment, emails, recipients, outbox rows) runs in
 * a transaction that is rolled back; the two kinds alternate, median of 5. Issue 10 (F-66): the
 * same untracked log again with its progress recorded as the page's log records it (an update of
 * its work_progress row on a connection of its own, committed, per phase and per thousand
 * recipients), against the log without (target: no measurable difference). Not a test.
 */
public final class EmailLogBenchmark {

  private static final int RUNS = 5;
  private static final String SEGMENT = "SMBLOG";

  private EmailLogBenchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    int contacts = Integer.parseInt(System.getProperty("contacts", "60000"));
    BenchmarkDatabase database = BenchmarkDatabase.of("crm_bench_email");
    database.recreate();
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      SegmentBenchmark.generate(c, contacts);
      s.execute("update segment_line set correspondence_type = 'EMAIL' where segment_no = '" + SEGMENT + "'");
      // A body with a link to track, its merge fields filled for each contact.
      s.execute("update interaction_template_language set body = 'Dear {{contact.name}}, our spring offer is"
          + " at https://www.cronus.example/offer and in the attached brochure.' where template_code = 'BUS'");
      s.execute("update contact set time_zone = (array['Europe/London', 'America/New_York', 'Asia/Tokyo',"
          + " 'Europe/Paris', null])[cast(substr(no, 3) as integer) % 5 + 1],"
          + " allow_tracking = cast(substr(no, 3) as integer) % 10 <> 0");
      s.execute("vacuum analyze contact, segment_line");
      c.setAutoCommit(false);
      double[] plain = new double[RUNS];
      double[] engaged = new double[RUNS];
      double[] watched = new double[RUNS];
      long emails = 0;
      long reports = 0;
      try (Connection progress = database.connect()) {
        progress.createStatement().execute("insert into work_progress (id, kind, subject_no, state, phase,"
            + " started_at, updated_at, instance_id) values (1, 'SEGMENT_LOG', '" + SEGMENT + "', 'RUNNING',"
            + " 'ENTRIES', localtimestamp, localtimestamp, 'bench')");
        for (int run = 0; run < RUNS; run++) {
          plain[run] = log(c, "LSBP" + run, false, ProgressReport.NONE);
          c.rollback();
          ProgressRow row = new ProgressRow(progress);
          watched[run] = log(c, "LSBW" + run, false, row);
          reports = row.reports;
          c.rollback();
          engaged[run] = log(c, "LSBE" + run, true, ProgressReport.NONE);
          emails = count(c);
          c.rollback();
        }
      }
      Arrays.sort(plain);
      Arrays.sort(watched);
      Arrays.sort(engaged);
      System.out.printf("%nLogging %s by email (%,d contacts in the database), median of %d runs:%n", SEGMENT,
          contacts, RUNS);
      System.out.printf("  without tracking, sent now:                       %,8.0f ms%n", plain[RUNS / 2]);
      System.out.printf("  tracked, each in its recipient's working hours:   %,8.0f ms  (%.2fx)%n",
          engaged[RUNS / 2], engaged[RUNS / 2] / plain[RUNS / 2]);
      System.out.printf("  without tracking, its progress recorded:          %,8.0f ms  (%.3fx, %d reports)%n",
          watched[RUNS / 2], watched[RUNS / 2] / plain[RUNS / 2], reports);
      System.out.printf("  emails written by one log:                        %,8d%n", emails);
    }
  }

  /** One log of the segment with its emails, timed; the caller rolls it back. */
  private static double log(Connection c, String loggedSegmentNo, boolean trackedInWorkingHours,
      ProgressReport report) throws SQLException {
    LocalDateTime now = LocalDateTime.now();
    long start = System.nanoTime();
    long entries = new SegmentLogger(c).log(SEGMENT, loggedSegmentNo, now, "BENCH", new LineSending(EmailFallback.LETTER))
        .interactions();
    report.report(WorkPhase.ENTRIES, entries, entries, 0, 0);
    new SegmentAttachments(c, settings(trackedInWorkingHours), ForkJoinPool.commonPool()).prepare(loggedSegmentNo, entries, now, report);
    return (System.nanoTime() - start) / 1e6;
  }

  /** The progress of the log written as ProgressService.report writes it: one committed update a report. */
  private static final class ProgressRow implements ProgressReport {
    private final Connection connection;
    private int reports;

    ProgressRow(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void report(WorkPhase phase, long done, long total, long letters, long emails) {
      try (var update = connection.prepareStatement("update work_progress set phase = ?, done = ?, total = ?,"
          + " letters = ?, emails = ?, updated_at = localtimestamp where id = 1 and state = 'RUNNING'")) {
        update.setString(1, phase.name());
        update.setLong(2, done);
        update.setLong(3, total);
        update.setLong(4, letters);
        update.setLong(5, emails);
        update.executeUpdate();
        reports++;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static SegmentAttachments.Settings settings(boolean trackedInWorkingHours) {
    Letterhead letterhead = new Letterhead("CRONUS", List.of("5 The Ring", "London"), "+44", "marketing@cronus.example",
        "www.cronus.example", "London");
    return new SegmentAttachments.Settings(letterhead, "A4", "marketing@cronus.example", "CRONUS Marketing",
        new BulkEmails.Settings(trackedInWorkingHours, trackedInWorkingHours, "bench",
            Instant.now(), ZoneId.systemDefault()));
  }

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); var rows = s.executeQuery("select count(*) from email")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
