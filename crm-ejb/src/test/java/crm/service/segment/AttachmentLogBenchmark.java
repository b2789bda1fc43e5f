package crm.service.segment;

import com.sun.management.GarbageCollectionNotificationInfo;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.Letter;
import crm.domain.letter.Letterhead;
import crm.domain.letter.PaperSize;
import crm.domain.setup.EmailFallback;
import crm.service.email.BulkEmails;
import crm.service.letter.LetterRenderer;
import crm.service.letter.LetterService;
import crm.service.letter.Recipient;
import crm.service.letter.RecipientQuery;
import crm.service.progress.ProgressReport;
import crm.service.shared.BenchmarkDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Issue 14 (a {@code main}, not a test): logging a segment of N lines (default 500,000; every 4th
 * contact prefers letters, the others email) with its letters and emails, committed, then its
 * letters printed into one PDF file as the background print does ({@link LetterService}), against
 * the plain log of the same segment plus the bare rendering of the same letters
 * ({@link LetterRenderer} fed straight from the recipients, no sent_letter rows) — target at most
 * 2x — and the heap the first takes (run it with {@code -Xmx512m}: the peak of each heap pool
 * summed, an upper bound, and the most the heap held after a collection). Each run's rows are
 * deleted afterwards. Database: {@link BenchmarkDatabase}, schema crm_bench_attach.
 *
 * <pre>
 * mvn -B -q -o -pl crm-domain,crm-ejb test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *   -Dmdep.outputFile=$PWD/crm-ejb/target/bench.classpath
 * java -Xmx512m [-Dlines=500000] [-Druns=3] -cp crm-ejb/target/test-classes:crm-ejb/target/classes:\
 *   crm-domain/target/classes:$(cat crm-ejb/target/bench.classpath) crm.service.segment.AttachmentLogBenchmark
 * </pre>
 */
public final class AttachmentLogBenchmark {

  private static final int LINES = Integer.getInteger("lines", 500_000);
  private static final int RUNS = Integer.getInteger("runs", 3);
  private static final String SEGMENT = "SMBIG";
  private static final Letterhead LETTERHEAD = new Letterhead("CRONUS", List.of("5 The Ring", "London"), "+44",
      "marketing@cronus.example", "www.cronus.example", "London");
  private static final AtomicLong MOST_AFTER_GC = new AtomicLong();

  private AttachmentLogBenchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    watchCollections();
    BenchmarkDatabase database = BenchmarkDatabase.of("crm_bench_attach");
    database.recreate();
    Path dir = Files.createTempDirectory("attachment-log-benchmark");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("crm", database.persistenceUnit());
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      generate(c, s);
      c.setAutoCommit(false);
      System.out.printf("%nLogging %s, %,d lines, with letters and emails; heap max %,d MB%n", SEGMENT, LINES,
          Runtime.getRuntime().maxMemory() >> 20);
      for (int run = 1; run <= RUNS; run++) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        MOST_AFTER_GC.set(0);
        long t0 = System.nanoTime();
        String logged = "LSBA" + run;
        long entries = new SegmentLogger(c).log(SEGMENT, logged, LocalDateTime.now(), "BENCH",
            new LineSending(EmailFallback.LETTER)).interactions();
        long entriesWritten = System.nanoTime();
        SegmentAttachments.Sent sent = new SegmentAttachments(c, settings(), ForkJoinPool.commonPool())
            .prepare(logged, entries, LocalDateTime.now(), ProgressReport.NONE);
        c.commit();
        long t1 = System.nanoTime();
        long printed = print(emf, logged, dir.resolve("batch.pdf"));
        long t2 = System.nanoTime();
        long peak = heapPeak();
        long afterGc = MOST_AFTER_GC.get();
        long pdfBytes = Files.size(dir.resolve("batch.pdf"));

        new SegmentLogger(c).log(SEGMENT, "LSBP" + run, LocalDateTime.now(), "BENCH");
        c.commit();
        long t3 = System.nanoTime();
        long rendered = renderBare(c, logged, dir.resolve("bare.pdf"));
        long t4 = System.nanoTime();
        double service = (t2 - t0) / 1e6;
        double floor = (t3 - t2 + t4 - t3) / 1e6;
        System.out.printf("run %d: log with attachments %,.0f ms (entries %,.0f + letters and emails %,.0f + print %,.0f);"
            + " plain log %,.0f + bare rendering %,.0f = %,.0f ms; ratio %.2f; %,d letters (%,d printed, %,d bare,"
            + " PDF %,d MB), %,d emails; heap peak %,d MB (pools summed), most after a GC %,d MB; load %s%n",
            run, service, (entriesWritten - t0) / 1e6, (t1 - entriesWritten) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, floor,
            service / floor, sent.letters(), printed, rendered, pdfBytes >> 20, sent.emails(), peak >> 20,
            afterGc >> 20, load());
        clean(c, s, logged, "LSBP" + run);
      }
    } finally {
      emf.close();
      Files.deleteIfExists(dir.resolve("batch.pdf"));
      Files.deleteIfExists(dir.resolve("bare.pdf"));
      Files.deleteIfExists(dir);
    }
  }

  /** The benchmark's contacts, and segment SMBIG with one line per contact, every 4th preferring letters. */
  private static void generate(Connection c, Statement s) throws SQLException {
    SegmentBenchmark.generate(c, LINES);
    s.execute("update contact set correspondence_type = case when substr(no, 3)::int % 4 = 0 then 'HARD_COPY'"
        + " else 'EMAIL' end");
    s.execute("update interaction_template_language set body = 'Thank you for visiting our stand,"
        + " {{contact.name}}. Our spring offer is at https://www.cronus.example/offer and in the attached brochure.\n\n"
        + "{{salesperson.name}} will call you in the coming weeks.' where template_code = 'BUS'");
    s.execute("insert into segment (no, description, segment_date, salesperson_code, campaign_no,"
        + " interaction_template_code, subject, language_code, last_line_no, created_at, updated_at)"
        + " select '" + SEGMENT + "', description, segment_date, salesperson_code, campaign_no,"
        + " interaction_template_code, subject, language_code, " + LINES + ", created_at, updated_at"
        + " from segment where no = 'SMBLOG'");
    s.execute("insert into segment_line (segment_no, line_no, contact_no, contact_company_no)"
        + " select '" + SEGMENT + "', row_number() over (order by no), no, company_no from contact");
    s.execute("vacuum analyze contact, segment_line");
  }

  /** The letters of the log into one PDF file, as BackgroundLetterPrint prints them. */
  private static long print(EntityManagerFactory emf, String logged, Path file) throws Exception {
    EntityManager em = emf.createEntityManager();
    LetterService letters = new LetterService();
    var field = LetterService.class.getDeclaredField("em");
    field.setAccessible(true);
    field.set(letters, em);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      return letters.writeLettersOfLoggedSegment(logged, out, printed -> { });
    } finally {
      em.close();
    }
  }

  /** The same letters rendered straight from their recipients, without storing or reading them as sent. */
  private static long renderBare(Connection c, String logged, Path file) throws Exception {
    LetterIterator letters = new LetterIterator(c, logged);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      new LetterRenderer().render(LETTERHEAD, PaperSize.A4, letters, out);
    }
    return letters.count;
  }

  /** The letters of a logged segment's hard-copy entries, read a chunk of recipients at a time. */
  private static final class LetterIterator implements Iterator<Letter> {
    private final Connection c;
    private final String logged;
    private final Deque<Recipient> chunk = new ArrayDeque<>();
    private long last;
    private long count;
    private boolean exhausted;

    LetterIterator(Connection c, String logged) {
      this.c = c;
      this.logged = logged;
    }

    @Override
    public boolean hasNext() {
      while (chunk.isEmpty() && !exhausted) {
        try {
          List<Recipient> read = RecipientQuery.chunk(c, logged, last, SegmentAttachments.CHUNK);
          exhausted = read.isEmpty();
          read.forEach(r -> last = r.entryNo());
          read.stream().filter(r -> r.correspondenceType() == CorrespondenceType.HARD_COPY).forEach(chunk::add);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
      return !chunk.isEmpty();
    }

    @Override
    public Letter next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      count++;
      return chunk.removeFirst().letter(LETTERHEAD.place(), LocalDate.now());
    }
  }

  private static SegmentAttachments.Settings settings() {
    return new SegmentAttachments.Settings(LETTERHEAD, "A4", "marketing@cronus.example", "CRONUS Marketing",
        new BulkEmails.Settings(false, false, "bench", Instant.now(), ZoneId.systemDefault()));
  }

  private static void clean(Connection c, Statement s, String... loggedSegments) throws SQLException {
    for (String logged : loggedSegments) {
      s.execute("delete from email where logged_segment_no = '" + logged + "'");
      s.execute("delete from interaction_log_entry where logged_segment_no = '" + logged + "'");
      s.execute("delete from campaign_entry where logged_segment_no = '" + logged + "'");
      s.execute("delete from logged_segment where no = '" + logged + "'");
    }
    c.commit();
    c.setAutoCommit(true);
    s.execute("vacuum analyze interaction_log_entry, sent_letter, email, email_recipient, outbox_message");
    c.setAutoCommit(false);
  }

  /** The peak of each heap pool since the last reset, summed (they need not peak at once: an upper bound). */
  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** Keeps the most heap in use right after any collection: what the work really holds. */
  private static void watchCollections() {
    ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(
        (notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            MOST_AFTER_GC.accumulateAndGet(used, Math::max);
          }
        }, null, null));
  }

  private static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }
}
