package crm.service.email;

import crm.service.shared.BenchmarkDatabase;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 9, not a test: 10,000 due reminders fired in one run of the reminder job's service
 * ({@link DueReminders#fire}: locked 2,000 at a time with SKIP LOCKED, closed, one card each)
 * against one hand-written {@code INSERT ... SELECT} of the same
 * cards, on PostgreSQL (schema {@code bench_reminders}). Every run is a transaction rolled back;
 * the two kinds alternate, median of 5. Target: the job within 2x of the SQL.
 */
public final class ReminderBenchmark {

  private static final int RUNS = 5;
  private static final int REMINDERS = 10_000;

  private ReminderBenchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    BenchmarkDatabase database = BenchmarkDatabase.of("bench_reminders");
    database.recreate();
    try (Connection c = database.connect()) {
      generate(c);
      c.setAutoCommit(false);
      double[] job = new double[RUNS];
      double[] sql = new double[RUNS];
      int cards = 0;
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        cards = fire(c);
        job[run] = (System.nanoTime() - start) / 1e6;
        c.rollback();
        start = System.nanoTime();
        int inserted = insertSelect(c);
        sql[run] = (System.nanoTime() - start) / 1e6;
        c.rollback();
        if (inserted != cards || cards != REMINDERS) {
          throw new IllegalStateException("cards: job " + cards + ", SQL " + inserted + ", expected " + REMINDERS);
        }
      }
      Arrays.sort(job);
      Arrays.sort(sql);
      System.out.printf("%n%,d due reminders, median of %d runs:%n", REMINDERS, RUNS);
      System.out.printf("  reminder job (DueReminders.fire):      %,8.0f ms  %,8.0f cards/s  (%.2fx)%n", job[RUNS / 2],
          cards / job[RUNS / 2] * 1000, job[RUNS / 2] / sql[RUNS / 2]);
      System.out.printf("  one INSERT ... SELECT of the cards:    %,8.0f ms  %,8.0f cards/s%n", sql[RUNS / 2],
          cards / sql[RUNS / 2] * 1000);
    }
  }

  /** One run of the job's work on the connection; answers the cards raised. */
  private static int fire(Connection c) {
    return DueReminders.fire(new Sql(c), Instant.now());
  }

  /** The same cards as the job raises, by hand, without closing the reminders. */
  private static int insertSelect(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate("insert into action_card (id, owner_user, kind, priority, email_id, contact_no, note,"
          + " created_at, status) select nextval('action_card_seq'), e.sender_user, 'REMINDER_DUE', 1, e.id,"
          + " e.contact_no, r.comment, now(), 'OPEN' from email_reminder r join email e on e.id = r.email_id"
          + " where r.status = 'PENDING' and r.remind_at <= now()"
          + " and not (r.condition = 'NO_REPLY' and exists (select 1 from email_event ev where ev.email_id = r.email_id"
          + " and ev.type = 'REPLY')) and not (r.condition = 'NOT_OPENED' and exists (select 1 from email_event ev"
          + " where ev.email_id = r.email_id and ev.type = 'OPEN' and ev.classification = 'HUMAN'))");
    }
  }

  /**
   * 10,000 sent emails with a reminder each, due a minute ago (a third of each condition), and
   * 10,000 more with a reminder due tomorrow; a machine's open on every NOT_OPENED one, which
   * does not settle it.
   */
  private static void generate(Connection c) throws SQLException {
    BenchmarkDatabase.insertContacts(c, 1, REMINDERS);
    try (Statement s = c.createStatement()) {
      s.execute("insert into email (id, contact_no, subject, tracking, status, sent_at, message_id, sender_user,"
          + " created_at) select i, 'CT' || lpad(((i - 1) % " + REMINDERS + " + 1)::text, 7, '0'), 'Offer ' || i,"
          + " 'ON', 'SENT', now() - interval '3 days',"
          + " '<bench-' || i || '@cronus.example>', 'sp' || (i % 5), now() - interval '3 days'"
          + " from generate_series(1, " + 2 * REMINDERS + ") i");
      s.execute("insert into email_reminder (email_id, condition, remind_at, comment, status)"
          + " select id, (array['NO_REPLY', 'NOT_OPENED', 'ANYWAY'])[id % 3 + 1],"
          + " case when id <= " + REMINDERS + " then now() - interval '1 minute' else now() + interval '1 day' end,"
          + " 'Call back about offer ' || id, 'PENDING' from email");
      s.execute("insert into email_event (id, email_id, type, occurred_at, classification, reason)"
          + " select nextval('email_event_seq'), email_id, 'OPEN', now() - interval '2 days', 'MACHINE', 'BENCH'"
          + " from email_reminder where condition = 'NOT_OPENED'");
      s.execute("analyze");
    }
  }

}
