package crm.service.email;

import crm.domain.email.TrackingKey;
import crm.domain.email.TrackingKeyRing;
import crm.domain.email.TrackingToken;
import crm.service.shared.BenchmarkDatabase;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Recording tracking events over HTTP (issue 8, not a test): opens and clicks of tracked emails
 * sent by concurrent clients in bounded loops to a server already running on this machine (only
 * 127.0.0.1), against the same requests with forged tokens (404, nothing recorded) as the raw
 * HTTP baseline of the same run. Prints events per second and latency percentiles of the pixel
 * and the redirect, and checks that exactly one event was recorded per request.
 *
 * <p>The server runs on the schema {@code crm_bench_tracking} with {@code CRM_TRACKING_KEYS} set
 * to the key given here as {@code -Dkey=} (see README "Benchmark"); the emails it tracks are
 * written into that schema by this program.
 */
public final class TrackingBenchmark {

  private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
  private static final int EMAILS = 1000;

  private TrackingBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("url", "http://127.0.0.1:8181/crm");
    String host = URI.create(base).getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
      throw new IllegalArgumentException("The benchmark only runs against this machine: " + base);
    }
    int events = Integer.getInteger("events", 100_000);
    int clients = Integer.getInteger("clients", 20);
    TrackingKeyRing ring = new TrackingKeyRing(List.of(TrackingKey.parse(System.getProperty("key"))), 0);
    BenchmarkDatabase database = BenchmarkDatabase.of("crm_bench_tracking");
    long firstEmail;
    try (Connection c = database.connect()) {
      firstEmail = writeEmails(c);
    }
    List<String[]> real = urls(base, ring, firstEmail);
    List<String[]> forged = real.stream().map(u -> new String[] {u[0], altered(u[1])}).toList();
    // warms both paths up before anything is measured: on two cores the server's JIT needs about
    // 100,000 requests before the recording path reaches its steady speed
    run(forged, 20_000, clients);
    run(real, Integer.getInteger("warmup", 100_000), clients);
    // statistics of a table with events in it, as autovacuum keeps them (it may be off on a test machine)
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      s.execute("analyze email_event");
    }
    long before = count(database);
    Result baseline = run(forged, events / 5, clients);
    Result tracked = run(real, events, clients);
    long recorded = count(database) - before;
    System.out.printf("baseline (forged tokens, 404, nothing recorded): %,d requests, %,.0f requests/s, p95 %.1f ms%n",
        baseline.requests, baseline.perSecond(), baseline.percentile("o", 95));
    System.out.printf("tracked: %,d events by %d clients in %.1f s: %,.0f events/s (%.2fx the baseline's time per request)%n",
        tracked.requests, clients, tracked.seconds, tracked.perSecond(), baseline.perSecond() / tracked.perSecond());
    for (String kind : List.of("o", "c")) {
      System.out.printf("  %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", kind.equals("o") ? "pixel   " : "redirect",
          tracked.percentile(kind, 50), tracked.percentile(kind, 95), tracked.percentile(kind, 99));
    }
    System.out.printf("events recorded: %,d (expected %,d)%n", recorded, tracked.requests);
  }

  /** The URL with the last character of its token changed: it no longer verifies. */
  private static String altered(String url) {
    char last = url.charAt(url.length() - 1);
    return url.substring(0, url.length() - 1) + (last == 'A' ? 'B' : 'A');
  }

  /** 1,000 sent tracked emails with two links and the hidden one, delivered an hour ago. */
  private static long writeEmails(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("delete from email where subject = 'tracking benchmark'");
      // the previous run's events are gone: clean their rows now, not by autovacuum during the measurement
      s.execute("vacuum email_event");
      ResultSet first = s.executeQuery("select nextval('email_seq')");
      first.next();
      long from = first.getLong(1) + 1;
      s.execute("select setval('email_seq', " + (from + EMAILS) + ")");
      s.execute("insert into email (id, subject, tracking, status, sent_at, sender_user, created_at)"
          + " select " + from + " + i, 'tracking benchmark', 'ON', 'SENT', now() - interval '1 hour', 'bench', now()"
          + " from generate_series(0, " + (EMAILS - 1) + ") i");
      s.execute("insert into email_link (email_id, link_no, url, hidden) select e.id, l.no,"
          + " 'https://cronus.example/page' || l.no, l.no = 3 from email e, generate_series(1, 3) l(no)"
          + " where e.subject = 'tracking benchmark'");
      return from;
    }
  }

  /** Alternately the pixel and a visible link of each email: {kind, url}. */
  private static List<String[]> urls(String base, TrackingKeyRing ring, long firstEmail) {
    List<String[]> urls = new ArrayList<>();
    for (int i = 0; i < EMAILS; i++) {
      urls.add(new String[] {"o", base + "/t/o/" + ring.sign(TrackingToken.open(firstEmail + i))});
      urls.add(new String[] {"c", base + "/t/c/" + ring.sign(TrackingToken.click(firstEmail + i, 1 + i % 2))});
    }
    return urls;
  }

  private record Result(int requests, double seconds, long[] openNanos, long[] clickNanos) {
    double perSecond() {
      return requests / seconds;
    }

    double percentile(String kind, int p) {
      long[] sorted = (kind.equals("o") ? openNanos : clickNanos).clone();
      Arrays.sort(sorted);
      return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
  }

  private static Result run(List<String[]> urls, int requests, int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[][]>> parts = new ArrayList<>();
    long start = System.nanoTime();
    for (int client = 0; client < clients; client++) {
      int offset = client;
      parts.add(pool.submit(() -> client(urls, offset, requests / clients, clients)));
    }
    List<Long> opens = new ArrayList<>();
    List<Long> clicks = new ArrayList<>();
    for (Future<long[][]> part : parts) {
      Arrays.stream(part.get()[0]).filter(n -> n > 0).forEach(opens::add);
      Arrays.stream(part.get()[1]).filter(n -> n > 0).forEach(clicks::add);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Result(opens.size() + clicks.size(), seconds, opens.stream().mapToLong(Long::longValue).toArray(),
        clicks.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * One client's bounded loop: its share of the requests, each URL's latency by kind. A blocking
   * connection kept alive per client (HttpURLConnection) costs the shared two cores far less than
   * the JDK's asynchronous HttpClient, so more of them go to the server being measured.
   */
  private static long[][] client(List<String[]> urls, int offset, int count, int stride) throws Exception {
    long[][] nanos = new long[2][count];
    byte[] sink = new byte[8192];
    for (int i = 0; i < count; i++) {
      String[] url = urls.get((offset + i * stride) % urls.size());
      long started = System.nanoTime();
      HttpURLConnection http = (HttpURLConnection) URI.create(url[1]).toURL().openConnection();
      http.setInstanceFollowRedirects(false);
      http.setRequestProperty("User-Agent", BROWSER);
      int status = http.getResponseCode();
      try (InputStream body = status < 400 ? http.getInputStream() : http.getErrorStream()) {
        while (body != null && body.read(sink) >= 0) {
          // read to the end so that the connection is kept alive for the next request
        }
      }
      if (status >= 500) {
        throw new IllegalStateException(url[1] + " answered " + status);
      }
      nanos[url[0].equals("o") ? 0 : 1][i] = System.nanoTime() - started;
    }
    return nanos;
  }

  private static long count(BenchmarkDatabase database) throws Exception {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement("select count(*) from email_event");
        ResultSet row = s.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
