package crm.service.segment;

import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.SegmentFilter;
import crm.service.shared.BenchmarkDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Segment engine benchmark (a {@code main}, not a test; not run by CI). Builds a schema
 * {@code crm_bench} with Flyway, fills it set-based with N contacts, then times the service
 * statements ({@link SegmentEngine}, {@link SegmentLogger}) against hand-written SQL doing the
 * same work, each in its own committed transaction on fresh segment rows, median of 5 runs.
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -o install -DskipTests \
 *   &amp;&amp; mvn -q -o -pl crm-ejb -Pbench test-compile exec:java [-Dcontacts=200000] [-Dexplain=all|flagged|none]
 * </pre>
 *
 * Database: see {@link BenchmarkDatabase}. The schema crm_bench is dropped and recreated on every
 * run.
 */
public final class SegmentBenchmark {

  private static final String SCHEMA = "crm_bench";
  private static final int RUNS = Integer.getInteger("runs", 5);
  private static final int LOG_LINES = 50_000;
  private static final int LINE_STEP = 10_000;
  private static final String LOG_SEGMENT = "SMBLOG";
  private static final String LINE_COLUMNS = "line_no, contact_no, contact_company_no,"
      + " interaction_template_code, subject, language_code, correspondence_type, campaign_target,"
      + " campaign_response, added_by_action";
  private static final String CONTACT_NO = BenchmarkDatabase.CONTACT_NO;

  // ---------------------------------------------------------------- hand-written SQL (the DBA's)

  private static final String RAW_ADD = """
      insert into segment_line (segment_no, line_no, contact_no, contact_company_no, added_by_action)
      select ?, ? * row_number() over (order by c.no), c.no, c.company_no, ?
      from contact c
      where c.exclude_from_segments = false
        and exists (select 1 from contact_code cc
                    where cc.contact_no = c.no and cc.code_table = ? and cc.code = ?)""";

  private static final String RAW_REDUCE_COPY = """
      insert into removed_segment_line (segment_no, removed_by_action, %s)
      select l.segment_no, ?, l.line_no, l.contact_no, l.contact_company_no,
             l.interaction_template_code, l.subject, l.language_code, l.correspondence_type,
             l.campaign_target, l.campaign_response, l.added_by_action
      from segment_line l
      where l.segment_no = ?
        and exists (select 1 from contact_code cc
                    where cc.contact_no = l.contact_no and cc.code_table = ? and cc.code = ?)"""
      .formatted(LINE_COLUMNS);

  private static final String RAW_REDUCE_DELETE = """
      delete from segment_line l
      where l.segment_no = ?
        and exists (select 1 from contact_code cc
                    where cc.contact_no = l.contact_no and cc.code_table = ? and cc.code = ?)""";

  private static final String RAW_UNDO_RESTORE = """
      insert into segment_line (segment_no, %1$s)
      select segment_no, %1$s from removed_segment_line
      where segment_no = ? and removed_by_action = ?""".formatted(LINE_COLUMNS);

  private static final String FLOOR_ADD = """
      insert into floor_set select c.no from contact c where c.exclude_from_segments = false
        and exists (select 1 from contact_code cc where cc.contact_no = c.no and cc.code_table = ? and cc.code = ?)""";

  private static final String FLOOR_REDUCE = """
      insert into floor_set select l.contact_no from segment_line l where l.segment_no = ?
        and exists (select 1 from contact_code cc where cc.contact_no = l.contact_no and cc.code_table = ? and cc.code = ?)""";

  private static final String FLOOR_UNDO =
      "insert into floor_set select contact_no from removed_segment_line where segment_no = ? and removed_by_action = ?";

  private static final String RAW_UNDO_FORGET =
      "delete from removed_segment_line where segment_no = ? and removed_by_action = ?";

  private static final String RAW_UNDO_ACTION =
      "delete from criteria_action where segment_no = ? and action_no = ?";

  private static final String RAW_LOG = """
      insert into interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date,
        entry_time, interaction_template_code, interaction_group_code, description, subject,
        language_code, correspondence_type, salesperson_code, campaign_no, campaign_target,
        campaign_response, segment_no, logged_segment_no, cost, duration, information_flow,
        initiated_by, user_id)
      select nextval('interaction_log_entry_seq'), l.contact_no, l.contact_company_no, ?, ?,
             t.code, t.interaction_group_code, t.description, coalesce(l.subject, s.subject),
             coalesce(l.language_code, tl.language_code, s.language_code, t.language_code),
             coalesce(l.correspondence_type,
                      case when s.ignore_contact_corres_type or t.ignore_contact_corres_type
                           then null else c.correspondence_type end,
                      s.correspondence_type, t.correspondence_type),
             s.salesperson_code, s.campaign_no, l.campaign_target, l.campaign_response, s.no, ?,
             t.unit_cost, t.unit_duration, t.information_flow, t.initiated_by, ?
      from segment_line l
      join segment s on s.no = l.segment_no
      join contact c on c.no = l.contact_no
      join interaction_template t on t.code = coalesce(l.interaction_template_code, s.interaction_template_code)
      left join interaction_template_language tl
             on tl.template_code = t.code and tl.language_code = c.language_code
      where l.segment_no = ?""";

  private static final String RAW_CAMPAIGN_ENTRY = """
      insert into campaign_entry (entry_no, campaign_no, entry_date, description, segment_no,
        logged_segment_no, interaction_template_code, salesperson_code, no_of_interactions, cost,
        duration, user_id)
      select nextval('campaign_entry_seq'), s.campaign_no, ?, s.description, s.no, ?,
             s.interaction_template_code, s.salesperson_code, count(*), sum(e.cost),
             sum(e.duration), ?
      from interaction_log_entry e join segment s on s.no = e.segment_no
      where e.logged_segment_no = ? and s.campaign_no is not null
      group by s.no""";

  private static final String RAW_FOLLOW_UP_HEADER = """
      insert into segment (no, description, segment_date, salesperson_code, campaign_no,
        campaign_target, campaign_response, interaction_template_code, subject, language_code,
        correspondence_type, ignore_contact_corres_type, last_line_no, created_at, updated_at)
      select ?, description, ?, salesperson_code, campaign_no, campaign_target, campaign_response,
             interaction_template_code, subject, language_code, correspondence_type,
             ignore_contact_corres_type, last_line_no, ?, ?
      from segment where no = ?""";

  private static final String RAW_FOLLOW_UP_LINES = """
      insert into segment_line (segment_no, line_no, contact_no, contact_company_no,
        interaction_template_code, subject, language_code, correspondence_type, campaign_target,
        campaign_response)
      select ?, line_no, contact_no, contact_company_no, interaction_template_code, subject,
             language_code, correspondence_type, campaign_target, campaign_response
      from segment_line where segment_no = ?""";

  // ---------------------------------------------------------------- scenario plumbing

  @FunctionalInterface
  private interface Op {
    /** Runs the work on the connection (no commit) and returns the rows it affected. */
    long run(Connection c, String id) throws SQLException;
  }

  @FunctionalInterface
  private interface Prep {
    void run(Connection c, String id) throws SQLException;
  }

  /**
   * One step: how to set up its fresh state, the service way, the raw way, the clean-up, and the
   * floor (issue 14): the narrowest statement producing the same set of contacts, only their
   * numbers inserted into an unlogged table without index (null: not measured).
   */
  private record Scenario(String name, double targetMs, Prep prepare, Op service, Op raw, Prep cleanup, Op floor) {
    Scenario(String name, double targetMs, Prep prepare, Op service, Op raw, Prep cleanup) {
      this(name, targetMs, prepare, service, raw, cleanup, null);
    }
  }

  private static final String FLOOR_TABLE = "create unlogged table if not exists floor_set (contact_no varchar(20))";

  private record Result(Scenario scenario, double[] serviceMs, double[] rawMs, long serviceRows, long rawRows,
      double[] floorMs) {
    double floor() {
      return floorMs == null ? Double.NaN : median(floorMs);
    }

    double service() {
      return median(serviceMs);
    }

    double raw() {
      return median(rawMs);
    }

    double ratio() {
      return service() / raw();
    }

    boolean overTarget() {
      return scenario.targetMs() > 0 && service() > scenario.targetMs();
    }

    boolean flagged() {
      return overTarget() || (scenario.targetMs() > 0 && ratio() > 2.0);
    }
  }

  private static int counter;
  /** Rows the last prepare produced (the lines a Go Back must restore). */
  private static long preparedRows;

  private static final List<String> VACUUMED = List.of("segment", "segment_line",
      "removed_segment_line", "criteria_action", "logged_segment", "interaction_log_entry",
      "campaign_entry");

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    int contacts = Integer.parseInt(System.getProperty("contacts", "200000").replace("_", ""));
    if (contacts < 1000 || contacts > 9_999_999) {
      throw new IllegalArgumentException("-Dcontacts must be between 1000 and 9999999");
    }
    String explainMode = System.getProperty("explain", "flagged");
    BenchmarkDatabase database = BenchmarkDatabase.of(SCHEMA);
    long start = System.nanoTime();
    database.recreate();

    try (Connection c = database.connect()) {
      execute(c, "set statement_timeout = '" + System.getProperty("statementTimeout", "120s") + "'");
      String version = string(c, "select current_setting('server_version')");
      long t = System.nanoTime();
      generate(c, contacts);
      double generateMs = (System.nanoTime() - t) / 1e6;
      execute(c, FLOOR_TABLE);
      c.setAutoCommit(false);

      int logLines = Math.min(LOG_LINES, contacts);
      long purchase = number(c, "select count(*) from contact c where c.exclude_from_segments = false"
          + " and exists (select 1 from contact_code cc where cc.contact_no = c.no"
          + " and cc.code_table = 'JOB_RESPONSIBILITY' and cc.code = 'PURCHASE')");
      long purchasePros = number(c, "select count(*) from contact c where c.exclude_from_segments = false"
          + " and exists (select 1 from contact_code cc where cc.contact_no = c.no"
          + " and cc.code_table = 'JOB_RESPONSIBILITY' and cc.code = 'PURCHASE')"
          + " and exists (select 1 from contact_code cc where cc.contact_no = c.no"
          + " and cc.code_table = 'BUSINESS_RELATION' and cc.code = 'PROS')");
      c.commit();
      System.out.printf("%nPostgreSQL %s, schema %s: %,d contacts, %,d contact_code rows generated"
          + " and analyzed in %.1f s (%,d with PURCHASE, %,d of those PROS)%n", version, SCHEMA,
          contacts, number(c, "select count(*) from contact_code"), generateMs / 1000, purchase,
          purchasePros);
      c.commit();

      List<Scenario> all = scenarios(logLines);
      // -Dsteps=3: only Add, Reduce and Go Back (issue 14)
      List<Scenario> scenarios = all.subList(0, Math.min(all.size(), Integer.getInteger("steps", all.size())));
      System.out.println("Warm-up: one unrecorded run of each step, service and raw SQL ...");
      for (Scenario scenario : scenarios) {
        measure(c, scenario, scenario.service());
        measure(c, scenario, scenario.raw());
      }

      List<Result> results = new ArrayList<>();
      for (Scenario scenario : scenarios) {
        double[] service = new double[RUNS];
        double[] raw = new double[RUNS];
        double[] floor = scenario.floor() == null ? null : new double[RUNS];
        long serviceRows = 0;
        long rawRows = 0;
        for (int run = 0; run < RUNS; run++) {
          // Alternate which goes first so that caches and autovacuum favour neither.
          if (run % 2 == 0) {
            Measured m = measure(c, scenario, scenario.service());
            service[run] = m.ms();
            serviceRows = m.rows();
            Measured r = measure(c, scenario, scenario.raw());
            raw[run] = r.ms();
            rawRows = r.rows();
          } else {
            Measured r = measure(c, scenario, scenario.raw());
            raw[run] = r.ms();
            rawRows = r.rows();
            Measured m = measure(c, scenario, scenario.service());
            service[run] = m.ms();
            serviceRows = m.rows();
          }
          if (floor != null) {
            floor[run] = measure(c, scenario, scenario.floor()).ms();
          }
          System.out.printf("  %s run %d: service %.1f ms, raw %.1f ms, floor %s ms; load %s%n", scenario.name(),
              run + 1, service[run], raw[run], floor == null ? "-" : String.format("%.1f", floor[run]), load());
        }
        results.add(new Result(scenario, service, raw, serviceRows, rawRows, floor));
      }

      printTable(version, contacts, logLines, results);

      if (!explainMode.equals("none")) {
        for (Result result : results) {
          if (explainMode.equals("all") || result.flagged()) {
            System.out.printf("%nEXPLAIN (ANALYZE, BUFFERS) of \"%s\"%n", result.scenario().name());
            System.out.println("  service statements:");
            BenchmarkExplain.print(explain(c, result.scenario(), result.scenario().service()), 20);
            System.out.println("  raw SQL statements:");
            BenchmarkExplain.print(explain(c, result.scenario(), result.scenario().raw()), 20);
          }
        }
      }
    }
    System.out.printf("%nTotal benchmark time %.1f s (schema %s left in place for inspection).%n",
        (System.nanoTime() - start) / 1e9, SCHEMA);
  }

  private record Measured(double ms, long rows) {}

  /** Prepares fresh state (committed), times the work plus its commit, then cleans up. */
  private static Measured measure(Connection c, Scenario scenario, Op op) throws SQLException {
    String id = nextId();
    scenario.prepare().run(c, id);
    c.commit();
    long t0 = System.nanoTime();
    long rows = op.run(c, id);
    c.commit();
    double ms = (System.nanoTime() - t0) / 1e6;
    scenario.cleanup().run(c, id);
    execute(c, "truncate floor_set");
    c.commit();
    vacuum(c);
    return new Measured(ms, rows);
  }

  /** Runs the step once through the explaining connection, then throws its work away. */
  private static List<BenchmarkExplain.Plan> explain(Connection c, Scenario scenario, Op op) throws SQLException {
    String id = nextId();
    scenario.prepare().run(c, id);
    c.commit();
    BenchmarkExplain explain = new BenchmarkExplain(c);
    op.run(explain.connection(), id);
    c.rollback();
    scenario.cleanup().run(c, id);
    c.commit();
    vacuum(c);
    return explain.plans();
  }

  private static List<Scenario> scenarios(int logLines) {
    SegmentFilter purchase = SegmentFilter.ofJobResponsibilities("PURCHASE");
    SegmentFilter prospects = SegmentFilter.ofBusinessRelations("PROS");
    List<Scenario> list = new ArrayList<>();

    list.add(new Scenario("1 Add job resp. PURCHASE", 1000,
        (c, id) -> newSegment(c, id),
        (c, id) -> new SegmentEngine(c).add(id, 1, purchase),
        (c, id) -> update(c, RAW_ADD, id, LINE_STEP, 1, "JOB_RESPONSIBILITY", "PURCHASE"),
        SegmentBenchmark::dropSegment,
        (c, id) -> update(c, FLOOR_ADD, "JOB_RESPONSIBILITY", "PURCHASE")));

    list.add(new Scenario("2 Reduce bus. relation PROS", 1000,
        (c, id) -> {
          newSegment(c, id);
          addPurchaseLines(c, id);
        },
        (c, id) -> new SegmentEngine(c).remove(id, 2, CriteriaActionType.REDUCE, prospects),
        (c, id) -> {
          update(c, RAW_REDUCE_COPY, 2, id, "BUSINESS_RELATION", "PROS");
          return update(c, RAW_REDUCE_DELETE, id, "BUSINESS_RELATION", "PROS");
        },
        SegmentBenchmark::dropSegment,
        (c, id) -> update(c, FLOOR_REDUCE, id, "BUSINESS_RELATION", "PROS")));

    list.add(new Scenario("3 Go back (undo the reduce)", 1000,
        (c, id) -> {
          newSegment(c, id);
          addPurchaseLines(c, id);
          update(c, RAW_REDUCE_COPY, 2, id, "BUSINESS_RELATION", "PROS");
          preparedRows = update(c, RAW_REDUCE_DELETE, id, "BUSINESS_RELATION", "PROS");
          criteriaAction(c, id, 2, "REDUCE", "Business relation PROS");
        },
        (c, id) -> {
          new SegmentEngine(c).undo(id, 2, CriteriaActionType.REDUCE);
          return preparedRows;
        },
        (c, id) -> {
          long restored = update(c, RAW_UNDO_RESTORE, id, 2);
          update(c, RAW_UNDO_FORGET, id, 2);
          update(c, RAW_UNDO_ACTION, id, 2);
          return restored;
        },
        SegmentBenchmark::dropSegment,
        (c, id) -> update(c, FLOOR_UNDO, id, 2)));

    list.add(new Scenario("4 Log segment of " + String.format("%,d", logLines) + " lines", 10_000,
        (c, id) -> { },
        (c, id) -> new SegmentLogger(c).log(LOG_SEGMENT, id, LocalDateTime.now(), "BENCH").interactions(),
        (c, id) -> {
          LocalDateTime now = LocalDateTime.now();
          long entries = update(c, RAW_LOG, now.toLocalDate(), now.toLocalTime().withNano(0), id,
              "BENCH", LOG_SEGMENT);
          update(c, RAW_CAMPAIGN_ENTRY, now.toLocalDate(), id, "BENCH", id);
          return entries;
        },
        (c, id) -> {
          update(c, "delete from interaction_log_entry where logged_segment_no = ?", id);
          update(c, "delete from campaign_entry where logged_segment_no = ?", id);
          update(c, "delete from logged_segment where no = ?", id);
        }));

    list.add(new Scenario("(info) create follow-up segment", 0,
        (c, id) -> { },
        (c, id) -> {
          new SegmentLogger(c).createFollowUp(LOG_SEGMENT, "LSBNONE", id, LocalDateTime.now(), "Follow-up");
          return logLines;
        },
        (c, id) -> {
          LocalDateTime now = LocalDateTime.now();
          update(c, RAW_FOLLOW_UP_HEADER, id, now.toLocalDate(), now, now, LOG_SEGMENT);
          return update(c, RAW_FOLLOW_UP_LINES, id, LOG_SEGMENT);
        },
        SegmentBenchmark::dropSegment));
    return list;
  }

  // ---------------------------------------------------------------- data

  /** Code tables, template, campaign, N contacts, their codes, the 50k-line log segment; ANALYZE. */
  static void generate(Connection c, int n) throws SQLException {
    execute(c, """
        insert into code_entry (code_table, code, description) values
          ('JOB_RESPONSIBILITY', 'PURCHASE', 'Purchase'), ('JOB_RESPONSIBILITY', 'SALES', 'Sales'),
          ('JOB_RESPONSIBILITY', 'IT', 'IT'), ('JOB_RESPONSIBILITY', 'MGMT', 'Management'),
          ('JOB_RESPONSIBILITY', 'FINANCE', 'Finance'),
          ('BUSINESS_RELATION', 'CUST', 'Customer'), ('BUSINESS_RELATION', 'PROS', 'Prospect'),
          ('BUSINESS_RELATION', 'VEND', 'Vendor'), ('BUSINESS_RELATION', 'PARTNER', 'Partner'),
          ('INDUSTRY_GROUP', 'RETAIL', 'Retail'), ('INDUSTRY_GROUP', 'MANUFACT', 'Manufacturing'),
          ('INDUSTRY_GROUP', 'CONSULT', 'Consulting'),
          ('MAILING_GROUP', 'XMAS', 'Christmas card'), ('MAILING_GROUP', 'NEWSLETTER', 'Newsletter'),
          ('LANGUAGE', 'ENU', 'English'), ('LANGUAGE', 'DEU', 'German'),
          ('LANGUAGE', 'FRA', 'French'), ('LANGUAGE', 'NLD', 'Dutch'),
          ('CAMPAIGN_STATUS', '1-PLAN', 'Planned'), ('INTERACTION_GROUP', 'LETTER', 'Letters')
        on conflict do nothing""");
    // Every 10th contact is a company; the 9 after it are its persons. 0.5% are excluded.
    BenchmarkDatabase.insertContacts(c, 1, n);
    execute(c, """
        insert into campaign (no, description, status_code, starting_date, ending_date,
          salesperson_code, created_at, updated_at)
        values ('CP0001', 'Spring campaign', '1-PLAN', current_date, current_date + 30, 'SP01',
          now(), now())""");
    execute(c, """
        insert into interaction_template (code, description, interaction_group_code, unit_cost,
          unit_duration, information_flow, initiated_by, correspondence_type, language_code)
        values ('BUS', 'Business letter', 'LETTER', 1.50, 5, 'OUTBOUND', 'US', 'HARD_COPY', 'ENU')""");
    execute(c, """
        insert into interaction_template_language (template_code, language_code, description,
          subject, body)
        values ('BUS', 'ENU', 'Business letter', 'Our spring offer', 'Dear {{contact.name}}, ...')""");

    // One job responsibility each (i % 4 = 0: PURCHASE, so 25%), FINANCE as a second one for
    // some; business relation PROS for 35% of the PURCHASE contacts (CUST for the others) and a
    // mix for the rest; industry and mailing groups for some.
    execute(c, """
        insert into contact_code (contact_no, code_table, code)
        select %1$s, 'JOB_RESPONSIBILITY', (array['PURCHASE', 'SALES', 'IT', 'MGMT'])[i %% 4 + 1]
        from generate_series(1, %2$d) i
        union all
        select %1$s, 'JOB_RESPONSIBILITY', 'FINANCE' from generate_series(1, %2$d) i where i %% 7 = 3
        union all
        select %1$s, 'BUSINESS_RELATION',
               case when i %% 4 = 0 then case when (i / 4) %% 20 < 7 then 'PROS' else 'CUST' end
                    else (array['CUST', 'PROS', 'VEND', 'PARTNER'])[(i / 4) %% 4 + 1] end
        from generate_series(1, %2$d) i
        union all
        select %1$s, 'INDUSTRY_GROUP', (array['RETAIL', 'MANUFACT', 'CONSULT'])[i %% 3 + 1]
        from generate_series(1, %2$d) i where i %% 2 = 1
        union all
        select %1$s, 'MAILING_GROUP', 'NEWSLETTER' from generate_series(1, %2$d) i where i %% 5 = 0"""
        .formatted(CONTACT_NO, n));

    // The segment to log: the first 50,000 contacts, header values from template BUS / CP0001.
    newSegment(c, LOG_SEGMENT);
    execute(c, """
        insert into segment_line (segment_no, line_no, contact_no, contact_company_no)
        select '%s', %d * i, %s, case when i %% 10 = 1 then null
                                      else 'CT' || lpad((i - (i - 1) %% 10)::text, 7, '0') end
        from generate_series(1, %d) i""".formatted(LOG_SEGMENT, LINE_STEP, CONTACT_NO,
        Math.min(LOG_LINES, n)));
    execute(c, "update segment set last_line_no = " + LINE_STEP * Math.min(LOG_LINES, n)
        + " where no = '" + LOG_SEGMENT + "'");
    // Some history, so that interaction_log_entry is not empty when the plans are made.
    LocalDateTime past = LocalDateTime.now().minusMonths(3);
    update(c, RAW_LOG, past.toLocalDate(), past.toLocalTime().withNano(0), "LSBHIST", "BENCH", LOG_SEGMENT);
    execute(c, "vacuum analyze code_entry, salesperson, campaign, interaction_template,"
        + " interaction_template_language, contact, contact_code, segment, segment_line,"
        + " removed_segment_line, criteria_action, logged_segment, interaction_log_entry,"
        + " campaign_entry");
  }

  private static void newSegment(Connection c, String no) throws SQLException {
    update(c, """
        insert into segment (no, description, segment_date, salesperson_code, campaign_no,
          interaction_template_code, subject, language_code, last_line_no, created_at, updated_at)
        values (?, ?, current_date, 'SP01', 'CP0001', 'BUS', 'Our spring offer', 'ENU', 0, now(),
          now())""", no, "Benchmark segment " + no);
  }

  /** Step 1 done the raw way (with criteria action 1 and last_line_no), as fresh state for 2 and 3. */
  private static void addPurchaseLines(Connection c, String id) throws SQLException {
    long added = update(c, RAW_ADD, id, LINE_STEP, 1, "JOB_RESPONSIBILITY", "PURCHASE");
    update(c, "update segment set last_line_no = ? where no = ?", (int) (added * LINE_STEP), id);
    criteriaAction(c, id, 1, "ADD", "Job responsibility PURCHASE");
  }

  private static void criteriaAction(Connection c, String id, int actionNo, String action, String description)
      throws SQLException {
    update(c, "insert into criteria_action (segment_no, action_no, action, description, filter,"
        + " lines_after, created_at) values (?, ?, ?, ?, '{}', 0, now())", id, actionNo, action, description);
  }

  private static void dropSegment(Connection c, String id) throws SQLException {
    update(c, "delete from segment where no = ?", id);
  }

  private static void vacuum(Connection c) throws SQLException {
    c.setAutoCommit(true);
    try {
      execute(c, "vacuum " + String.join(", ", VACUUMED));
    } finally {
      c.setAutoCommit(false);
    }
  }

  // ---------------------------------------------------------------- output

  private static void printTable(String version, int contacts, int logLines, List<Result> results) {
    System.out.printf("%nSegment benchmark: N = %,d contacts, log segment %,d lines, PostgreSQL %s;"
        + " median of %d committed runs after one warm-up run%n%n", contacts, logLines, version, RUNS);
    String format = "%-34s %11s %11s %7s %10s %9s %9s %9s  %s%n";
    System.out.printf(format, "step", "service ms", "raw SQL ms", "ratio", "floor ms", "/floor", "rows", "target",
        "verdict");
    System.out.println("-".repeat(100));
    for (Result r : results) {
      String rows = r.serviceRows() == r.rawRows() ? String.format("%,d", r.serviceRows())
          : String.format("%,d/%,d", r.serviceRows(), r.rawRows());
      String target = r.scenario().targetMs() > 0 ? String.format("< %,.0f", r.scenario().targetMs()) : "-";
      List<String> verdict = new ArrayList<>();
      if (r.scenario().targetMs() > 0) {
        if (r.overTarget()) {
          verdict.add("OVER TARGET");
        }
        if (r.ratio() > 2.0) {
          verdict.add("> 2x RAW");
        }
        if (verdict.isEmpty()) {
          verdict.add("ok");
        }
      } else {
        verdict.add("not judged");
      }
      if (r.serviceRows() != r.rawRows()) {
        verdict.add("ROW COUNTS DIFFER");
      }
      System.out.printf(format, r.scenario().name(), String.format("%.1f", r.service()),
          String.format("%.1f", r.raw()), String.format("%.2fx", r.ratio()), String.format("%.1f", r.floor()),
          String.format("%.2fx", r.service() / r.floor()), rows, target,
          String.join(", ", verdict));
    }
    System.out.println("-".repeat(100));
    System.out.println("N (contacts) = " + String.format("%,d", contacts));
    System.out.println("\nAll runs (ms):");
    for (Result r : results) {
      System.out.printf("  %-34s service %s%n  %-34s raw     %s%n", r.scenario().name(),
          runs(r.serviceMs()), "", runs(r.rawMs()));
    }
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static String runs(double[] ms) {
    StringBuilder s = new StringBuilder();
    for (double m : ms) {
      s.append(String.format("%9.1f", m));
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- JDBC helpers

  private static String nextId() {
    return String.format("SMB%05d", ++counter);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      return s.executeUpdate();
    }
  }

  private static long number(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String string(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value instanceof LocalDate date) {
        s.setDate(i + 1, java.sql.Date.valueOf(date));
      } else if (value instanceof LocalTime time) {
        s.setTime(i + 1, java.sql.Time.valueOf(time));
      } else if (value instanceof LocalDateTime dateTime) {
        s.setTimestamp(i + 1, java.sql.Timestamp.valueOf(dateTime));
      } else {
        s.setObject(i + 1, value);
      }
    }
  }
}
