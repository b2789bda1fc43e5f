package crm.service.activity;

import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoType;
import crm.service.setup.NumberBlock;
import crm.service.activity.ActivityPlanner.PlannedStep;
import crm.service.activity.ActivityPlanner.Target;
import crm.service.shared.BenchmarkDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 11, not a test: a 3-step activity assigned to a segment of 100,000 contacts
 * ({@link ActivityPlanner}: the count of targets, then one INSERT … SELECT per step) against one
 * hand-written INSERT … SELECT of the same 300,000 to-dos, on PostgreSQL (schema
 * {@code bench_activities}). Every run is a transaction rolled back; the two kinds alternate,
 * median of 5. Target: the planner within 1.5x of the SQL.
 *
 * <pre>
 * mvn -q -o install -DskipTests &amp;&amp; mvn -q -o -pl crm-ejb -Pbench test-compile exec:java \
 *   -Dexec.mainClass=crm.service.activity.ActivityBenchmark
 * </pre>
 */
public final class ActivityBenchmark {

  private static final int RUNS = 5;
  private static final int CONTACTS = 100_000;
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 12, 10, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final List<PlannedStep> STEPS = List.of(
      new PlannedStep(0, ToDoType.CALL, "Thank them", ToDoPriority.HIGH, START.plusDays(2)),
      new PlannedStep(1, ToDoType.MEETING, "Visit", ToDoPriority.NORMAL, START.plusDays(22)),
      new PlannedStep(2, ToDoType.TO_DO, "Send the offer", ToDoPriority.NORMAL, START.plusDays(7)));

  private ActivityBenchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    BenchmarkDatabase database = BenchmarkDatabase.of("bench_activities");
    database.recreate();
    try (Connection c = database.connect()) {
      generate(c);
      c.setAutoCommit(false);
      double[] planner = new double[RUNS];
      double[] sql = new double[RUNS];
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        int planned = plan(c);
        planner[run] = (System.nanoTime() - start) / 1e6;
        c.rollback();
        start = System.nanoTime();
        int inserted = insertSelect(c);
        sql[run] = (System.nanoTime() - start) / 1e6;
        c.rollback();
        if (planned != inserted || planned != CONTACTS * STEPS.size()) {
          throw new IllegalStateException("to-dos: planner " + planned + ", SQL " + inserted);
        }
      }
      Arrays.sort(planner);
      Arrays.sort(sql);
      int toDos = CONTACTS * STEPS.size();
      System.out.printf("%n3-step activity on a segment of %,d contacts (%,d to-dos), median of %d runs:%n", CONTACTS, toDos, RUNS);
      System.out.printf("  Assign activity (ActivityPlanner):   %,8.0f ms  %,9.0f to-dos/s  (%.2fx)%n", planner[RUNS / 2],
          toDos / planner[RUNS / 2] * 1000, planner[RUNS / 2] / sql[RUNS / 2]);
      System.out.printf("  one INSERT ... SELECT of the to-dos: %,8.0f ms  %,9.0f to-dos/s%n", sql[RUNS / 2],
          toDos / sql[RUNS / 2] * 1000);
    }
  }

  private static int plan(Connection c) {
    ActivityPlanner planner = new ActivityPlanner(c);
    Target segment = new Target(null, null, "SMBENCH", null);
    long count = planner.targets(segment);
    return planner.plan("BENCH", segment, STEPS, NumberBlock.of("TD0000001"), count, "bench", OffsetDateTime.now());
  }

  /** The same to-dos by hand: the lines crossed with the steps, in one statement. */
  private static int insertSelect(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate("""
          insert into to_do (no, type, description, contact_no, campaign_no, salesperson_code, owner_user, due_at,
            priority, status, activity_code, activity_step, version, created_at, updated_at)
          select 'TD' || lpad((row_number() over (order by l.contact_no, st.line_no))::text, 7, '0'), st.type,
                 st.description, l.contact_no, s.campaign_no, c.salesperson_code, coalesce(u.user_name, 'bench'),
                 timestamptz '2026-12-10 09:00:00+00' + case st.line_no when 0 then interval '2 days'
                   when 1 then interval '22 days' else interval '7 days' end,
                 st.priority, 'OPEN', 'BENCH', st.line_no, 0, now(), now()
          from segment_line l join segment s on s.no = l.segment_no join contact c on c.no = l.contact_no
          cross join activity_step st
          left join (select salesperson_code, min(user_name) user_name from app_user group by salesperson_code) u
            on u.salesperson_code = c.salesperson_code
          where l.segment_no = 'SMBENCH' and st.activity_code = 'BENCH'""");
    }
  }

  /** 100,000 contacts in one segment, users for 2 of the 5 salespeople, the activity of 3 steps. */
  private static void generate(Connection c) throws SQLException {
    BenchmarkDatabase.insertContacts(c, 1, CONTACTS);
    try (Statement s = c.createStatement()) {
      s.execute("insert into app_user (user_name, full_name, password_hash, salesperson_code)"
          + " values ('sp1', 'One', 'x', 'SP01'), ('sp2', 'Two', 'x', 'SP02')");
      s.execute("insert into segment (no, description) values ('SMBENCH', 'Everyone')");
      s.execute("insert into segment_line (segment_no, line_no, contact_no) select 'SMBENCH', 10000 * row_number()"
          + " over (order by no), no from contact");
      s.execute("insert into activity (code, description) values ('BENCH', 'After the show')");
      s.execute("insert into activity_step (activity_code, line_no, type, description, priority, date_formula)"
          + " values ('BENCH', 0, 'CALL', 'Thank them', 'HIGH', '2D'), ('BENCH', 1, 'MEETING', 'Visit', 'NORMAL', 'CM+1D'),"
          + " ('BENCH', 2, 'TO_DO', 'Send the offer', 'NORMAL', '1W')");
      s.execute("analyze");
    }
  }
}
