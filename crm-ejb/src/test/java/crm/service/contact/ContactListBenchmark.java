package crm.service.contact;

import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
import crm.service.shared.BenchmarkDatabase;
import crm.service.shared.ListRequest;
import crm.service.shared.ListRequest.Operator;
import crm.service.shared.Listing;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Contacts list benchmark (a {@code main}, not a test; not run by CI): times the queries the
 * contacts page (contact/list.xhtml) runs, made by the real {@link Listing} with EclipseLink on
 * the application's persistence unit, at 100 contacts and then at 1,000,000 in the same schema
 * {@code crm_bench_list}. For each case the count and the page of 25 rows are timed apart, each
 * in a fresh EntityManager, median of 7 runs after 2 warm-up runs.
 *
 * <pre>
 * mvn -B -q -o -DskipTests install &amp;&amp; mvn -B -q -pl crm-ejb -Pbench test-compile exec:java \
 *   -Dexec.mainClass=crm.service.contact.ContactListBenchmark [-Dcontacts=1000000] [-Dsql=true]
 * </pre>
 *
 * Database: see {@link BenchmarkDatabase}; the schema is dropped and recreated on every run.
 */
public final class ContactListBenchmark {

  private static final String SCHEMA = "crm_bench_list";
  private static final int SMALL = 100;
  private static final int ROWS = 25;
  private static final int WARM_UPS = 2;
  private static final int RUNS = 7;

  /** One list request as the page makes it (see crm.web.shared.PageModel). */
  private record Case(String name, Supplier<ListRequest> request) {}

  private record Timing(double countMs, double pageMs, long total, long rows) {
    double listMs() {
      return countMs + pageMs;
    }
  }

  private ContactListBenchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    int large = Integer.parseInt(System.getProperty("contacts", "1000000").replace("_", ""));
    if (large <= SMALL || large % 10 != 0) {
      throw new IllegalArgumentException("-Dcontacts must be a multiple of 10 above " + SMALL);
    }
    BenchmarkDatabase database = BenchmarkDatabase.of(SCHEMA);
    database.recreate();
    List<Case> cases = cases(large);
    Map<String, Object> unit = database.persistenceUnit();
    unit.put("eclipselink.logging.level.sql", Boolean.getBoolean("sql") ? "FINE" : "WARNING");
    unit.put("eclipselink.logging.parameters", "true");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("crm", unit);
    try (Connection c = database.connect()) {
      BenchmarkDatabase.insertContacts(c, 1, SMALL);
      analyze(c);
      List<Timing> small = measure(emf, cases);
      long t = System.nanoTime();
      BenchmarkDatabase.insertContacts(c, SMALL + 1, large);
      analyze(c);
      System.out.printf("%nPostgreSQL %s, schema %s: %,d more contacts generated and analyzed in %.1f s%n",
          version(c), SCHEMA, large - SMALL, (System.nanoTime() - t) / 1e9);
      List<Timing> big = measure(emf, cases);
      print(cases, small, big, large);
    } finally {
      emf.close();
    }
  }

  /** The page's requests: first page unsorted and sorted, deep pages, each column filter. */
  private static List<Case> cases(int large) {
    int lastPage = (large - 1) / ROWS;
    List<Case> list = new ArrayList<>();
    list.add(new Case("first page, unsorted (by no)", () -> request(0, null)));
    list.add(new Case("first page, by no descending", () -> request(0, "-no")));
    list.add(new Case("first page, by name", () -> request(0, "name")));
    list.add(new Case("first page, by name descending", () -> request(0, "-name")));
    list.add(new Case("first page, by city", () -> request(0, "city")));
    list.add(new Case("first page, by email", () -> request(0, "email")));
    list.add(new Case("page 1,000 (row 25,000)", () -> request(999, null)));
    list.add(new Case("last page (" + String.format("%,d", lastPage + 1) + ")", () -> request(lastPage, null)));
    list.add(new Case("filter no ~ 0004711", () -> request(0, null).where("no", Operator.CONTAINS, "0004711")));
    list.add(new Case("filter type = COMPANY", () -> request(0, null).whereEqual("type", ContactType.COMPANY)));
    list.add(new Case("filter name ~ surname4711", () -> request(0, null).where("name", Operator.CONTAINS, "surname4711")));
    list.add(new Case("filter name ~ company 5, by name", () -> request(0, "name").where("name", Operator.CONTAINS, "company 5")));
    list.add(new Case("filter name ~ zz (no match)", () -> request(0, null).where("name", Operator.CONTAINS, "zz")));
    list.add(new Case("filter companyNo ~ 0000011", () -> request(0, null).where("companyNo", Operator.CONTAINS, "0000011")));
    list.add(new Case("filter city ~ par", () -> request(0, null).where("city", Operator.CONTAINS, "par")));
    list.add(new Case("filter city ~ par, country ~ fr", () -> request(0, null)
        .where("city", Operator.CONTAINS, "par").where("countryCode", Operator.CONTAINS, "fr")));
    list.add(new Case("filter language ~ deu", () -> request(0, null).where("languageCode", Operator.CONTAINS, "deu")));
    list.add(new Case("filter salesperson ~ sp03", () -> request(0, null).where("salespersonCode", Operator.CONTAINS, "sp03")));
    list.add(new Case("filter email ~ contact4711@", () -> request(0, null).where("email", Operator.CONTAINS, "contact4711@")));
    return list;
  }

  /** Counted exactly, as after the page's "Count exactly" (ContactLoadBenchmark runs the default). */
  private static ListRequest request(int page, String sort) {
    return new ListRequest(page, ROWS, sort).countExactly();
  }

  private static List<Timing> measure(EntityManagerFactory emf, List<Case> cases) {
    List<Timing> timings = new ArrayList<>();
    for (Case c : cases) {
      double[] count = new double[RUNS];
      double[] page = new double[RUNS];
      long[] result = new long[2];
      for (int run = -WARM_UPS; run < RUNS; run++) {
        double countMs = time(emf, em -> result[0] = listing(em).count(c.request().get()));
        double pageMs = time(emf, em -> result[1] = listing(em).items(c.request().get(), result[0]).size());
        if (run >= 0) {
          count[run] = countMs;
          page[run] = pageMs;
        }
      }
      timings.add(new Timing(median(count), median(page), result[0], result[1]));
    }
    return timings;
  }

  /** The listing of ContactService.list. */
  private static Listing<Contact> listing(EntityManager em) {
    return new Listing<>(em, Contact.class, "no");
  }

  private static double time(EntityManagerFactory emf, ToLongFunction<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    try {
      long t0 = System.nanoTime();
      work.applyAsLong(em);
      return (System.nanoTime() - t0) / 1e6;
    } finally {
      em.close();
    }
  }

  private static void analyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("vacuum analyze salesperson, contact");
    }
  }

  private static String version(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("show server_version")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void print(List<Case> cases, List<Timing> small, List<Timing> big, int large) {
    System.out.printf("%nContacts list (Listing with EclipseLink, %d rows a page): median of %d runs"
        + " after %d warm-up runs, ms; list = count + page%n%n", ROWS, RUNS, WARM_UPS);
    String format = "%-36s %7s %7s %7s | %8s %8s %8s %10s %4s | %7s%n";
    String n = "@" + label(large);
    System.out.printf(format, "case", "count", "page", "list", "count", "page", "list", "total", "rows", "ratio");
    System.out.printf(format, "", "@" + SMALL, "@" + SMALL, "@" + SMALL, n, n, n, n, n, "list");
    System.out.println("-".repeat(118));
    for (int i = 0; i < cases.size(); i++) {
      Timing s = small.get(i);
      Timing b = big.get(i);
      System.out.printf(format, cases.get(i).name(), ms(s.countMs()), ms(s.pageMs()), ms(s.listMs()),
          ms(b.countMs()), ms(b.pageMs()), ms(b.listMs()), String.format("%,d", b.total()), b.rows(),
          String.format("%.1fx", b.listMs() / s.listMs()));
    }
  }

  private static String label(int n) {
    return n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
  }

  private static String ms(double ms) {
    return String.format("%.1f", ms);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
