package crm.service.contact;

import crm.service.progress.ProgressReport;
import crm.service.setup.NumberBlock;
import crm.service.shared.BenchmarkDatabase;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * Contact import at 100,000 rows (issue 12; a {@code main}, not a test; not run by CI): a file of
 * {@code -Drows} contacts (a company and its 9 persons naming it, codes, unique emails) imported
 * through {@link ContactImportRows} (staged in JDBC batches, checked set-based against {@code
 * -Dexisting} contacts already there, written insert … select) in one transaction, then the same
 * file loaded by PostgreSQL's own {@code COPY} into a bare table in the same run. Prints rows/s,
 * the ratio, the peak heap (run it with -Xmx256m) and the load average before and after.
 *
 * <pre>
 * createdb -h 127.0.0.1 -U postgres crm_bench_imports
 * mvn -B -q -o -pl crm-domain,crm-ejb test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *   -Dmdep.outputFile=$PWD/crm-ejb/target/bench.classpath
 * CRM_BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/crm_bench_imports java -Xmx256m \
 *   -cp crm-ejb/target/test-classes:crm-ejb/target/classes:crm-domain/target/classes:$(cat crm-ejb/target/bench.classpath) \
 *   crm.service.contact.ContactImportBenchmark [-Drows=100000] [-Dexisting=100000]
 * </pre>
 */
public final class ContactImportBenchmark {

  private ContactImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    int rows = Integer.getInteger("rows", 100_000);
    int existing = Integer.getInteger("existing", 100_000);
    BenchmarkDatabase database = BenchmarkDatabase.of("bench_import");
    database.recreate();
    Path file = Files.createTempFile("contacts-", ".csv");
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      BenchmarkDatabase.insertContacts(c, 1, existing);
      s.execute("insert into code_entry (code_table, code, description) values ('JOB_RESPONSIBILITY', 'PURCHASE', 'P'),"
          + " ('JOB_RESPONSIBILITY', 'SALES', 'S'), ('MAILING_GROUP', 'NEWS', 'N'), ('LANGUAGE', 'ENU', 'E'),"
          + " ('LANGUAGE', 'FRA', 'F')");
      s.execute("analyze");
      write(file, rows);
      System.out.printf("file: %,d rows, %,d bytes; %,d contacts already there; max heap %d MB; load %s%n", rows,
          Files.size(file), existing, Runtime.getRuntime().maxMemory() >> 20, load());
      c.setAutoCommit(false);
      HeapPeak heap = new HeapPeak();
      long start = System.nanoTime();
      ContactImportRows run = new ContactImportRows(c);
      try (InputStream in = Files.newInputStream(file); CSVParser parser = ContactCsv.open(in)) {
        Map<String, ContactColumn> mapping = parser.getHeaderNames().stream()
            .collect(Collectors.toMap(h -> h, h -> ContactColumn.byHeader(h).orElseThrow()));
        run.stage(parser, mapping, ProgressReport.NONE);
      }
      long staged = System.nanoTime();
      run.check();
      long valid = run.valid();
      run.errors().stream().limit(3).forEach(e -> System.out.println("error: " + e));
      long checked = System.nanoTime();
      long created = run.write(NumberBlock.of("CI000001"), LocalDateTime.now(), ProgressReport.NONE);
      run.clear();
      c.commit();
      long end = System.nanoTime();
      long peak = heap.stop();
      double importSeconds = (end - start) / 1e9;
      System.out.printf("import: %,d valid, %,d created in %.2f s = %,.0f rows/s (read+stage %.2f s, check %.2f s,"
          + " write+commit %.2f s); peak heap used %d MB; load %s%n", valid, created, importSeconds, rows / importSeconds,
          (staged - start) / 1e9, (checked - staged) / 1e9, (end - checked) / 1e9, peak >> 20, load());
      s.execute("create table raw_contact (no text, type text, name text, first_name text, surname text, company text,"
          + " address text, address2 text, post_code text, city text, country_code text, language_code text,"
          + " salesperson_code text, email text, phone text, job_responsibilities text, business_relations text,"
          + " industry_groups text, mailing_groups text)");
      c.commit();
      long copyStart = System.nanoTime();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy raw_contact from stdin with (format csv, header true,"
            + " delimiter ';')", reader);
      }
      c.commit();
      double copySeconds = (System.nanoTime() - copyStart) / 1e9;
      System.out.printf("PostgreSQL COPY of the same file into a bare table: %.2f s = %,.0f rows/s;"
          + " import / COPY time = %.1fx; load %s%n", copySeconds, rows / copySeconds, importSeconds / copySeconds, load());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void write(Path file, int rows) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, ContactCsv.EXPORT)) {
      printer.printRecord(List.of(ContactColumn.values()).subList(0, ContactColumn.IGNORED.ordinal()).stream()
          .map(ContactColumn::header).toList());
      for (int i = 1; i <= rows; i++) {
        boolean company = i % 10 == 1;
        int companyRow = i - (i - 1) % 10;
        printer.printRecord("", company ? "COMPANY" : "PERSON", company ? "Imported Company " + i : "",
            company ? "" : "Firstname" + i, company ? "" : "Lastname" + i, company ? "" : "Imported Company " + companyRow,
            "Street " + i, "", String.valueOf(10000 + i % 90000), "Paris", "FR", i % 2 == 0 ? "ENU" : "FRA",
            "SP0" + (i % 5 + 1), "imported" + i + "@example.com", "+33 1 23 45 " + (i % 100), "PURCHASE|SALES", "",
            "", i % 3 == 0 ? "NEWS" : "");
      }
    }
  }

  private static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }

  /** The most heap used while the import ran (the heap pools' peaks, reset at its start). */
  private static final class HeapPeak {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapPeak() {
      System.gc();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      sampler = new Thread(() -> {
        while (running) {
          long used = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
          peak.accumulateAndGet(used, Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
    }

    long stop() throws InterruptedException {
      running = false;
      sampler.join();
      return peak.get();
    }
  }
}
