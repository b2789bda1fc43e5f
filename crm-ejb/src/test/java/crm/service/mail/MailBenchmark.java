package crm.service.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import crm.domain.interaction.CorrespondenceType;
import crm.service.letter.BenchmarkRecipients;
import crm.service.letter.Recipient;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Email sending benchmark (a {@code main}, not a test; not run by CI). Starts GreenMail SMTP on
 * 127.0.0.1 (a free port) and sends N personalised emails, merged from the demo EMAIL template as
 * logging a segment does ({@link Recipient#email}, {@link EmailHtml#sanitize}), through the
 * application's own per-message code, that is what {@link MessageDelivery} does for each claimed
 * row minus the database: {@link EmailComposer#compose} on {@link MailSettings#session()}, then
 * {@link MailSender#send} within {@link MailSender#reuseConnection} (one SMTP connection for the run,
 * as {@link MailDispatcher} does).
 * {@link MailSettings} and {@link MailSender} are built directly, their injected fields set by
 * hand. In the same run a bare Jakarta Mail loop (Session, MimeMessage with multipart/alternative,
 * Transport.send) sends the same content, and a bare loop on one connected Transport, the
 * baseline of issue 14 (the application at least 90 % of its rate).
 * An info row sends the bare message through the application's Session (which sets connect, read
 * and write timeouts) on a subset, to tell the composer's cost from the Session's. Warm-up, then
 * median of 3 runs (about 3.5 minutes for 10,000 emails on 2 CPUs), the order of the variants rotating.
 * Two rows dispatch {@code ledger} messages with the database (PostgreSQL, {@link BenchmarkDispatch}),
 * before and with the send ledger, for the ledger's cost (issue 15: at most 10 %).
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -o install -DskipTests \
 *   &amp;&amp; mvn -q -o -pl crm-ejb -Pbench test-compile exec:exec -Dexec.executable=java \
 *        "-Dexec.args=-cp %classpath [-Dmails=10000] [-Druns=3] [-Dwarmup=2000] [-Dnodelay=true]
 *        [-Dattribution=2000] [-Dledger=2000] crm.service.mail.MailBenchmark"
 * </pre>
 */
public final class MailBenchmark {

  private static final int MAILS = Integer.getInteger("mails", 10_000);
  private static final int RUNS = Integer.getInteger("runs", 3);
  private static final int WARMUP = Integer.getInteger("warmup", 2_000);
  private static final String APPLICATION = "application: EmailComposer + MailSender";
  private static final String BARE_REUSE = "bare Jakarta Mail, one Transport";
  private static final double TARGET_SHARE = 0.9;
  /** Messages per run of the attribution row (bare messages through the application's Session); 0 to skip. */
  private static final int ATTRIBUTION = Math.min(Integer.getInteger("attribution", 2_000), MAILS);
  private static final String ATTRIBUTION_ROW = "(info) bare, application's Session";
  /** TCP_NODELAY on GreenMail's sockets, see {@link BenchmarkGreenMail}; false for stock GreenMail. */
  /** Messages per run of the dispatch rows on PostgreSQL, with and without the send ledger; 0 to skip. */
  private static final int LEDGER = Integer.getInteger("ledger", 2_000);
  private static final boolean NO_DELAY = Boolean.parseBoolean(System.getProperty("nodelay", "true"));
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final double TARGET_RATE = 100;
  private static final double TARGET_RATIO = 2.0;
  private static final Clock CLOCK = Clock.systemUTC();

  private MailBenchmark() {}

  /** One way of sending a list of messages. */
  private interface Variant {
    void send(List<OutboxMessage> messages) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = probe.getLocalPort();
    }
    GreenMail greenMail = BenchmarkGreenMail.start(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), NO_DELAY);
    try {
      run(greenMail, port);
    } finally {
      greenMail.stop();
    }
    System.out.printf(Locale.ROOT, "%nTotal benchmark time %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  private static void run(GreenMail greenMail, int port) throws Exception {
    System.out.printf(Locale.ROOT, "Mail benchmark: %,d emails to GreenMail 2.1.2 SMTP on 127.0.0.1:%d (%s),"
            + " warm-up %,d each, median of %d; %s, %d CPUs%n", MAILS, port,
        NO_DELAY ? "TCP_NODELAY on its sockets" : "stock, ~40 ms EHLO stall per connection", WARMUP, RUNS,
        Runtime.version(), Runtime.getRuntime().availableProcessors());

    // What logging a segment writes to the outbox, per recipient (SegmentAttachments.addEmail).
    List<Recipient> recipients = BenchmarkRecipients.generate(MAILS, "EMAIL", CorrespondenceType.EMAIL);
    long prepareStart = System.nanoTime();
    List<OutboxMessage> messages = outbox(recipients);
    long prepareNanos = System.nanoTime() - prepareStart;
    OutboxMessage sample = messages.get(1);
    System.out.printf("  sample: From \"%s\" <%s>, To \"%s\" <%s>, Subject \"%s\", %d chars text, %d chars HTML%n",
        sample.fromName(), sample.fromAddress(), sample.toName(), sample.toAddress(), sample.subject(),
        sample.textBody().length(), sample.htmlBody().length());

    // The application's objects, built without a container; settings as in microprofile-config.properties.
    MailSettings settings = new MailSettings();
    settings.host = Optional.of("127.0.0.1");
    settings.port = port;
    settings.user = Optional.empty();
    settings.password = Optional.empty();
    settings.startTls = false;
    settings.timeoutSeconds = 30;
    settings.outboxDir = Files.createTempDirectory("mail-benchmark-outbox").toString();
    settings.buildSession();
    MailSender sender = new MailSender();
    sender.settings = settings;

    Properties bareProperties = new Properties();
    bareProperties.setProperty("mail.smtp.host", "127.0.0.1");
    bareProperties.setProperty("mail.smtp.port", Integer.toString(port));
    Session bareSession = Session.getInstance(bareProperties);

    Map<String, Variant> variants = new LinkedHashMap<>();
    variants.put(APPLICATION, list -> {
      try (SmtpConnection connection = sender.reuseConnection()) { // as MailDispatcher.dispatchDue
        for (OutboxMessage message : list) {
          // MessageDelivery.send, without the JDBC around it
          String messageId = EmailComposer.newMessageId(message.fromAddress());
          MimeMessage mime = new EmailComposer(settings.session()).compose(message, messageId, List.of(), CLOCK.instant());
          sender.send(mime, message.id());
        }
      }
    });
    variants.put("bare Jakarta Mail, Transport.send", list -> {
      for (OutboxMessage message : list) {
        Transport.send(bareMessage(bareSession, message));
      }
    });
    if (ATTRIBUTION > 0) {
      // The bare message on the application's Session (its timeouts): splits the gap between the two above.
      variants.put(ATTRIBUTION_ROW, list -> {
        for (OutboxMessage message : list) {
          Transport.send(bareMessage(settings.session(), message));
        }
      });
    }
    variants.put(BARE_REUSE, list -> {
      try (Transport transport = bareSession.getTransport("smtp")) {
        transport.connect();
        for (OutboxMessage message : list) {
          MimeMessage mime = bareMessage(bareSession, message);
          mime.saveChanges();
          transport.sendMessage(mime, mime.getAllRecipients());
        }
      }
    });
    // No network at all: composing and encoding (writeTo) as the SMTP transport would.
    Map<String, Variant> offline = new LinkedHashMap<>();
    offline.put("(info) no SMTP: compose+writeTo, app", list -> {
      for (OutboxMessage message : list) {
        String messageId = EmailComposer.newMessageId(message.fromAddress());
        MimeMessage mime = new EmailComposer(settings.session()).compose(message, messageId, List.of(), CLOCK.instant());
        mime.saveChanges(); // Transport.send saves again
        mime.writeTo(OutputStream.nullOutputStream());
      }
    });
    offline.put("(info) no SMTP: compose+writeTo, bare", list -> {
      for (OutboxMessage message : list) {
        MimeMessage mime = bareMessage(bareSession, message);
        mime.saveChanges();
        mime.writeTo(OutputStream.nullOutputStream());
      }
    });

    List<OutboxMessage> warmupList = messages.subList(0, Math.min(WARMUP, messages.size()));
    for (Map.Entry<String, Variant> v : variants.entrySet()) {
      timeAndCheck(greenMail, v.getValue(), warmupList);
    }
    for (Variant v : offline.values()) {
      v.send(messages);
    }

    Map<String, Integer> counts = new LinkedHashMap<>();
    variants.keySet().forEach(k -> counts.put(k, k.equals(ATTRIBUTION_ROW) ? ATTRIBUTION : MAILS));
    offline.keySet().forEach(k -> counts.put(k, MAILS));
    Map<String, long[]> nanos = new LinkedHashMap<>();
    variants.keySet().forEach(k -> nanos.put(k, new long[RUNS]));
    offline.keySet().forEach(k -> nanos.put(k, new long[RUNS]));
    List<String> order = new ArrayList<>(variants.keySet());
    for (int run = 0; run < RUNS; run++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  run %d:", run + 1));
      for (int i = 0; i < order.size(); i++) {
        // Rotate the order of the variants from run to run.
        String name = order.get((i + run) % order.size());
        nanos.get(name)[run] = timeAndCheck(greenMail, variants.get(name), messages.subList(0, counts.get(name)));
        line.append(String.format(Locale.ROOT, "  %s %.1f s;", shortName(name), nanos.get(name)[run] / 1e9));
      }
      for (Map.Entry<String, Variant> v : offline.entrySet()) {
        System.gc();
        long start = System.nanoTime();
        v.getValue().send(messages);
        nanos.get(v.getKey())[run] = System.nanoTime() - start;
      }
      System.out.println(line);
    }
    printSampleReceived(greenMail, settings, sender, sample);
    Files.deleteIfExists(Path.of(settings.outboxDir)); // only written to without an SMTP host

    System.out.println();
    System.out.printf(Locale.ROOT, "%-42s %8s %10s %12s %12s%n",
        "Sending personalised emails", "emails", "median s", "emails/s", "ms/email");
    for (Map.Entry<String, long[]> e : nanos.entrySet()) {
      long median = median(e.getValue());
      int count = counts.get(e.getKey());
      System.out.printf(Locale.ROOT, "%-42s %8s %10.2f %12s %12.3f%n", e.getKey(),
          String.format(Locale.ROOT, "%,d", count), median / 1e9,
          String.format(Locale.ROOT, "%,.0f", rate(median, count)), median / 1e6 / count);
    }
    double app = rate(median(nanos.get(APPLICATION)), MAILS);
    double bare = rate(median(nanos.get("bare Jakarta Mail, Transport.send")), MAILS);
    double bareReuse = rate(median(nanos.get(BARE_REUSE)), MAILS);
    System.out.printf(Locale.ROOT, "%-42s %8s %10.2fx  (bare Transport.send time / application time; target <= %.1fx)%n",
        "ratio", "", bare / app, TARGET_RATIO);
    System.out.printf(Locale.ROOT, "%-42s %8s %10.0f %%  (application rate / bare one-Transport rate; target >= %.0f %%)%n",
        "share of bare, one connection each", "", 100 * app / bareReuse, 100 * TARGET_SHARE);
    System.out.printf(Locale.ROOT, "%-42s %8s %10.2f %12s  (Recipient.email + EmailHtml.sanitize, at logging time, once)%n",
        "(info) outbox rows prepared", String.format(Locale.ROOT, "%,d", MAILS), prepareNanos / 1e9,
        String.format(Locale.ROOT, "%,.0f", rate(prepareNanos, MAILS)));
    if (LEDGER > 0) {
      ledgerRows(greenMail, settings, sender, sample);
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Target >= %,.0f emails/s: %s (%,.0f)%n", TARGET_RATE,
        app >= TARGET_RATE ? "MET" : "NOT MET", app);
    System.out.printf(Locale.ROOT, "Target within %.1fx of bare Jakarta Mail: %s (%.2fx)%n", TARGET_RATIO,
        bare / app <= TARGET_RATIO ? "MET" : "NOT MET", bare / app);
    System.out.printf(Locale.ROOT, "Target >= %.0f %% of a bare loop on one connection (issue 14): %s (%.0f %%)%n",
        100 * TARGET_SHARE, app >= TARGET_SHARE * bareReuse ? "MET" : "NOT MET", 100 * app / bareReuse);
  }

  /** The outbox rows of the segment, as SegmentAttachments.addEmail writes them. */
  private static List<OutboxMessage> outbox(List<Recipient> recipients) {
    LocalDateTime now = LocalDateTime.of(TODAY, java.time.LocalTime.NOON);
    List<OutboxMessage> messages = new ArrayList<>(recipients.size());
    for (Recipient r : recipients) {
      Recipient.EmailContent email = r.email(TODAY);
      boolean fromSalesperson = r.salespersonEmail() != null && !r.salespersonEmail().isBlank();
      messages.add(new OutboxMessage(r.entryNo(), r.entryNo(), "LSEG0001", r.email(), r.name(),
          fromSalesperson ? r.salespersonEmail() : BenchmarkRecipients.SETUP_SENDER_EMAIL,
          fromSalesperson ? r.salespersonName() : BenchmarkRecipients.SETUP_SENDER_NAME,
          email.subject(), EmailHtml.sanitize(email.html()), email.text(), r.templateCode(),
          r.templateLanguageCode(), OutboxStatus.QUEUED, 0, now, null, null, now, null, null, null));
    }
    return messages;
  }

  /** Plain Jakarta Mail: the same headers and alternatives, no validation, Jakarta Mail's Message-ID. */
  private static MimeMessage bareMessage(Session session, OutboxMessage message)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress(message.fromAddress(), message.fromName(), "UTF-8"));
    mime.setRecipient(RecipientType.TO, new InternetAddress(message.toAddress(), message.toName(), "UTF-8"));
    mime.setSubject(message.subject(), "UTF-8");
    mime.setSentDate(new Date());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.textBody(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(message.htmlBody(), "UTF-8", "html");
    mime.setContent(new MimeMultipart("alternative", text, html));
    return mime;
  }

  /** Sends the list, then checks that GreenMail holds exactly that many messages, and empties it. */
  private static long timeAndCheck(GreenMail greenMail, Variant variant, List<OutboxMessage> list) throws Exception {
    System.gc();
    long start = System.nanoTime();
    variant.send(list);
    long nanos = System.nanoTime() - start;
    if (!greenMail.waitForIncomingEmail(10_000, list.size())) {
      throw new IllegalStateException("GreenMail received " + greenMail.getReceivedMessages().length
          + " messages, expected " + list.size());
    }
    int received = greenMail.getReceivedMessages().length;
    if (received != list.size()) {
      throw new IllegalStateException("GreenMail received " + received + " messages, expected " + list.size());
    }
    greenMail.purgeEmailFromAllMailboxes();
    return nanos;
  }

  /** One message through the application, read back from GreenMail: accents must survive. */
  private static void printSampleReceived(GreenMail greenMail, MailSettings settings, MailSender sender,
      OutboxMessage message) throws Exception {
    String messageId = EmailComposer.newMessageId(message.fromAddress());
    sender.send(new EmailComposer(settings.session()).compose(message, messageId, List.of(), CLOCK.instant()), message.id());
    greenMail.waitForIncomingEmail(5_000, 1);
    MimeMessage received = greenMail.getReceivedMessages()[0];
    MimeMultipart alternatives = (MimeMultipart) received.getContent();
    String text = (String) alternatives.getBodyPart(0).getContent();
    System.out.printf("  received: From %s, To %s, Subject \"%s\", Message-ID %s, %s; text starts \"%s\"%n",
        ((InternetAddress) received.getFrom()[0]).toUnicodeString(),
        ((InternetAddress) received.getAllRecipients()[0]).toUnicodeString(), received.getSubject(),
        received.getMessageID().equals(messageId) ? "kept" : "REPLACED", alternatives.getContentType().split(";")[0],
        text.substring(0, Math.min(40, text.length())).replace("\n", " "));
    greenMail.purgeEmailFromAllMailboxes();
  }

  /**
   * The dispatcher with its database (PostgreSQL, {@link BenchmarkDispatch}) before and with the
   * send ledger, median of the runs, alternating which goes first (issue 15: at most 10 % slower).
   */
  private static void ledgerRows(GreenMail greenMail, MailSettings settings, MailSender sender, OutboxMessage sample)
      throws Exception {
    BenchmarkDispatch dispatch = new BenchmarkDispatch(settings, sender, CLOCK);
    dispatch.prepare(sample, LEDGER);
    timeDispatch(greenMail, dispatch, false);
    timeDispatch(greenMail, dispatch, true);
    long[][] nanos = new long[2][RUNS];
    for (int run = 0; run < RUNS; run++) {
      for (int i = 0; i < 2; i++) {
        int ledger = (i + run) % 2;
        nanos[ledger][run] = timeDispatch(greenMail, dispatch, ledger == 1);
      }
    }
    String[] names = {"dispatch on PostgreSQL, before the ledger", "dispatch on PostgreSQL, send ledger"};
    for (int ledger = 0; ledger < 2; ledger++) {
      long median = median(nanos[ledger]);
      System.out.printf(Locale.ROOT, "%-42s %8s %10.2f %12s %12.3f%n", names[ledger],
          String.format(Locale.ROOT, "%,d", LEDGER), median / 1e9,
          String.format(Locale.ROOT, "%,.0f", rate(median, LEDGER)), median / 1e6 / LEDGER);
    }
    double cost = (double) median(nanos[1]) / median(nanos[0]) - 1;
    System.out.printf(Locale.ROOT, "%-42s %8s %+9.1f %%  (send ledger's time against the dispatcher before it; target <= +10 %%)%n",
        "send ledger cost", "", cost * 100);
  }

  private static long timeDispatch(GreenMail greenMail, BenchmarkDispatch dispatch, boolean ledger) throws Exception {
    dispatch.requeue();
    System.gc();
    long start = System.nanoTime();
    dispatch.dispatch(ledger);
    long nanos = System.nanoTime() - start;
    greenMail.waitForIncomingEmail(10_000, LEDGER);
    int received = greenMail.getReceivedMessages().length;
    if (received != LEDGER) {
      throw new IllegalStateException("GreenMail received " + received + " messages, expected " + LEDGER);
    }
    greenMail.purgeEmailFromAllMailboxes();
    return nanos;
  }

  private static String shortName(String name) {
    return switch (name) {
      case APPLICATION -> "app";
      case "bare Jakarta Mail, Transport.send" -> "bare";
      case ATTRIBUTION_ROW -> "bare/app session";
      default -> "bare/1 conn";
    };
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double rate(long nanos, int count) {
    return count / (nanos / 1e9);
  }
}
