package crm.service.email;

import crm.service.shared.BenchmarkDatabase;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 9, not a test: matching and recording 10,000 mailbox messages against 100,000 sent
 * Message-IDs on PostgreSQL (schema {@code bench_replies}), through the code the reply job runs
 * once it has fetched the messages from IMAP ({@link ReplyMatching}, {@link ReplyRows}: bookkeeping,
 * events, reminders, cards, inbound log entries). 9 messages in 10 reply to a sent email (by
 * In-Reply-To, or by References naming an older unknown Message-ID first), 1 in 10 is unrelated.
 * Each run is a transaction rolled back, median of 5; then the same messages once more after
 * they were recorded (nothing new: the second run of a job). Target: at least 500 messages/s.
 */
public final class ReplyBenchmark {

  private static final int RUNS = 5;
  private static final int SENT = 100_000;
  private static final int MESSAGES = 10_000;

  private ReplyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    BenchmarkDatabase database = BenchmarkDatabase.of("bench_replies");
    database.recreate();
    try (Connection c = database.connect()) {
      generate(c);
      List<InboxMessage> messages = messages();
      c.setAutoCommit(false);
      double[] ms = new double[RUNS];
      int replies = 0;
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        replies = record(c, messages);
        ms[run] = (System.nanoTime() - start) / 1e6;
        c.rollback();
      }
      record(c, messages);
      c.commit();
      long start = System.nanoTime();
      int again = record(c, messages);
      double seen = (System.nanoTime() - start) / 1e6;
      c.rollback();
      Arrays.sort(ms);
      System.out.printf("%n%,d mailbox messages against %,d sent Message-IDs, median of %d runs:%n", MESSAGES, SENT, RUNS);
      System.out.printf("  new:           %,8.0f ms  %,8.0f messages/s  (%,d replies recorded, %,d log entries)%n",
          ms[RUNS / 2], MESSAGES / ms[RUNS / 2] * 1000, replies, count(c, "interaction_log_entry"));
      System.out.printf("  read again:    %,8.0f ms  %,8.0f messages/s  (%,d recorded)%n", seen, MESSAGES / seen * 1000,
          again);
    }
  }

  private static int record(Connection c, List<InboxMessage> messages) {
    Sql sql = new Sql(c);
    List<ReplyMatching.Reply> replies = new ReplyMatching(sql).newReplies(messages);
    new ReplyRows(sql).record(replies, Instant.now(), LocalDateTime.now());
    return replies.size();
  }

  /** The messages of the folder: replies to random sent emails, every 10th unrelated. */
  private static List<InboxMessage> messages() {
    Random random = new Random(9);
    List<InboxMessage> messages = new ArrayList<>();
    for (int i = 1; i <= MESSAGES; i++) {
      String sent = "<bench-" + (1 + random.nextInt(SENT)) + "@cronus.example>";
      List<String> answered = i % 10 == 0 ? List.of("<elsewhere-" + i + "@other.example>")
          : i % 2 == 0 ? List.of(sent) : List.of("<older-" + i + "@other.example>", sent);
      messages.add(new InboxMessage("INBOX/1/" + i, "<reply-" + i + "@client.example>", answered, "Re: Offer " + i));
    }
    return messages;
  }

  /** 100,000 sent emails to 10,000 contacts, each with a "no reply" reminder, and the setup's reply template. */
  private static void generate(Connection c) throws SQLException {
    BenchmarkDatabase.insertContacts(c, 1, 10_000);
    try (Statement s = c.createStatement()) {
      s.execute("insert into interaction_template (code, description, interaction_group_code, unit_cost,"
          + " unit_duration, information_flow, initiated_by, correspondence_type)"
          + " values ('EMAIL', 'E-mail', null, 0.10, 2, 'OUTBOUND', 'US', 'EMAIL')");
      s.execute("update marketing_setup set reply_template_code = 'EMAIL'");
      s.execute("insert into email (id, contact_no, subject, tracking, status, sent_at, message_id, sender_user,"
          + " campaign_no, created_at) select i, 'CT' || lpad(((i - 1) % 10000 + 1)::text, 7, '0'), 'Offer ' || i,"
          + " 'ON', 'SENT', now() - interval '3 days', '<bench-' || i || '@cronus.example>', 'sp' || (i % 5), null,"
          + " now() - interval '3 days' from generate_series(1, " + SENT + ") i");
      s.execute("insert into email_reminder (email_id, condition, remind_at, comment, status)"
          + " select id, 'NO_REPLY', now() + interval '1 day', null, 'PENDING' from email");
      s.execute("analyze");
    }
    c.setAutoCommit(true);
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); var rows = s.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
