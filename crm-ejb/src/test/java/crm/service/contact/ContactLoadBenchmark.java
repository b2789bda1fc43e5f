package crm.service.contact;

import crm.domain.contact.Contact;
import crm.service.shared.BenchmarkDatabase;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Contacts list under load (issue 14; a {@code main}, not a test; not run by CI): 1,000,000
 * contacts in schema {@code crm_bench_scale_list}, 20 users at once for 2 minutes, each asking
 * the next list request of a mix (first pages, sorted pages, filtered, a filter with a sort on
 * another column, far pages by key and a bounded jump), with no pause between requests. Run first
 * through the real {@link Listing} with EclipseLink (service level, no HTTP: each request a fresh
 * EntityManager, as a request of the application), then the same mix as bare JDBC on the same
 * data in the same run (a bounded count, row-value keyset conditions). Prints p50 / p95 / max by
 * kind, errors and the load average before and after each phase.
 *
 * <pre>
 * mvn -B -q -o -pl crm-domain,crm-ejb test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *   -Dmdep.outputFile=$PWD/crm-ejb/target/bench.classpath
 * java -cp crm-ejb/target/test-classes:crm-ejb/target/classes:crm-domain/target/classes:$(cat crm-ejb/target/bench.classpath) \
 *   crm.service.contact.ContactLoadBenchmark [-Dcontacts=1000000] [-Dusers=20] [-Dseconds=120] [-Dwarmup=15]
 * </pre>
 */
public final class ContactLoadBenchmark {

  private static final String SCHEMA = "crm_bench_scale_list";
  private static final int USERS = Integer.getInteger("users", 20);
  private static final int SECONDS = Integer.getInteger("seconds", 120);
  private static final int WARM_UP = Integer.getInteger("warmup", 15);

  /** Runs one request, either way. */
  private interface Runner {
    int run(ContactAsk ask) throws Exception;
  }

  private ContactLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    int contacts = Integer.getInteger("contacts", 1_000_000);
    BenchmarkDatabase database = BenchmarkDatabase.of(SCHEMA);
    database.recreate();
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      long t = System.nanoTime();
      List<String> indexes = new ArrayList<>();
      try (var rows = s.executeQuery("select indexname, indexdef from pg_indexes where schemaname = current_schema()"
          + " and tablename = 'contact' and indexname <> 'contact_pkey'")) {
        while (rows.next()) {
          indexes.add(rows.getString(2));
          s.addBatch("drop index " + rows.getString(1));
        }
      }
      s.executeBatch();
      BenchmarkDatabase.insertContacts(c, 1, contacts); // then the indexes, built at once: faster than row by row
      for (String index : indexes) {
        s.execute(index);
      }
      s.execute("vacuum analyze salesperson, contact");
      System.out.printf("%,d contacts generated and analyzed in %.1f s%n", contacts, (System.nanoTime() - t) / 1e9);
    }
    Map<String, Object> unit = database.persistenceUnit();
    unit.put("eclipselink.connection-pool.default.max", String.valueOf(USERS + 2));
    unit.put("eclipselink.cache.shared.default", "false");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("crm", unit);
    try {
      phase("Listing + EclipseLink", contacts, ask -> {
        EntityManager em = emf.createEntityManager();
        try {
          return new Listing<>(em, Contact.class, "no").list(ask.request()).items().size();
        } finally {
          em.close();
        }
      });
    } finally {
      emf.close();
    }
    ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
      try {
        Connection c = database.connect();
        try (Statement s = c.createStatement()) {
          s.execute("set plan_cache_mode = force_custom_plan"); // a plan for each "contains" pattern, as written by hand
        }
        return c;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    phase("bare JDBC", contacts, ask -> ask.jdbc(connections.get()));
  }

  private static void phase(String name, int contacts, Runner runner) throws Exception {
    run(contacts, runner, WARM_UP);
    String before = load();
    long t = System.nanoTime();
    Result result = run(contacts, runner, SECONDS);
    double elapsed = (System.nanoTime() - t) / 1e9;
    System.out.printf("%n%s: %d users, %d s, load average before %s, after %s%n", name, USERS, SECONDS, before, load());
    System.out.printf("%-28s %8s %9s %9s %9s%n", "kind", "requests", "p50 ms", "p95 ms", "max ms");
    result.latencies().forEach((kind, times) -> line(kind, times));
    List<Long> all = result.latencies().values().stream().flatMap(List::stream).toList();
    line("all", all);
    System.out.printf("errors %d, %.1f requests/s%n", result.errors().get(), all.size() / elapsed);
    if (result.firstError() != null) {
      result.firstError().printStackTrace(System.out);
    }
  }

  private record Result(Map<String, List<Long>> latencies, AtomicInteger errors, Throwable firstError) {}

  private static Result run(int contacts, Runner runner, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger errors = new AtomicInteger();
    Throwable[] first = new Throwable[1];
    ExecutorService users = Executors.newFixedThreadPool(USERS);
    List<Future<Map<String, List<Long>>>> futures = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      futures.add(users.submit(() -> {
        Map<String, List<Long>> mine = new TreeMap<>();
        while (System.nanoTime() < end) {
          ContactAsk ask = ContactAsk.random(ThreadLocalRandom.current(), contacts);
          long t0 = System.nanoTime();
          try {
            runner.run(ask);
            mine.computeIfAbsent(ask.kind(), k -> new ArrayList<>()).add(System.nanoTime() - t0);
          } catch (Exception | Error e) {
            errors.incrementAndGet();
            first[0] = first[0] == null ? e : first[0];
          }
        }
        return mine;
      }));
    }
    Map<String, List<Long>> latencies = new TreeMap<>();
    for (var future : futures) {
      future.get().forEach((kind, times) -> latencies.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(times));
    }
    users.shutdown();
    return new Result(latencies, errors, first[0]);
  }

  private static void line(String kind, List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    if (sorted.length > 0) {
      System.out.printf("%-28s %8d %9.1f %9.1f %9.1f%n", kind, sorted.length, sorted[sorted.length / 2] / 1e6,
          sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
  }

  private static String load() throws Exception {
    String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }
}
