package crm.service.segment;

import crm.domain.letter.Letterhead;
import crm.domain.setup.EmailFallback;
import crm.service.email.BulkEmails;
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

/**
 * Issue 8: logging the benchmark's 50,000-line segment by email, with tracking and each message
 * scheduled in its recipient's working hours, against the same log without them (target: at most
 * 1.5 times as long). Each log (entries, logged segment, emails, recipients, outbox rows) runs in
 * a transaction that is rolled back; the two kinds alternate, median of 5. Not a test.
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
      long emails = 0;
      for (int run = 0; run < RUNS; run++) {
        plain[run] = log(c, "LSBP" + run, false);
        c.rollback();
        engaged[run] = log(c, "LSBE" + run, true);
        emails = count(c);
        c.rollback();
      }
      Arrays.sort(plain);
      Arrays.sort(engaged);
      System.out.printf("%nLogging %s by email (%,d contacts in the database), median of %d runs:%n", SEGMENT,
          contacts, RUNS);
      System.out.printf("  without tracking, sent now:                       %,8.0f ms%n", plain[RUNS / 2]);
      System.out.printf("  tracked, each in its recipient's working hours:   %,8.0f ms  (%.2fx)%n",
          engaged[RUNS / 2], engaged[RUNS / 2] / plain[RUNS / 2]);
      System.out.printf("  emails written by one log:                        %,8d%n", emails);
    }
  }

  /** One log of the segment with its emails, timed; the caller rolls it back. */
  private static double log(Connection c, String loggedSegmentNo, boolean trackedInWorkingHours) throws SQLException {
    LocalDateTime now = LocalDateTime.now();
    long start = System.nanoTime();
    new SegmentLogger(c).log(SEGMENT, loggedSegmentNo, now, "BENCH");
    new SegmentAttachments(c, settings(trackedInWorkingHours)).prepare(loggedSegmentNo, now);
    return (System.nanoTime() - start) / 1e6;
  }

  private static SegmentAttachments.Settings settings(boolean trackedInWorkingHours) {
    Letterhead letterhead = new Letterhead("CRONUS", List.of("5 The Ring", "London"), "+44", "marketing@cronus.example",
        "www.cronus.example", "London");
    return new SegmentAttachments.Settings(letterhead, "A4", "marketing@cronus.example", "CRONUS Marketing",
        EmailFallback.LETTER, new BulkEmails.Settings(trackedInWorkingHours, trackedInWorkingHours, "bench",
            Instant.now(), ZoneId.systemDefault()));
  }

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); var rows = s.executeQuery("select count(*) from email")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
