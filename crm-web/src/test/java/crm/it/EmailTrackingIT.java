package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import crm.domain.email.TrackingState;
import crm.service.mail.DeliveryOutcome;
import crm.service.mail.MailDispatcher;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Email tracking end to end (F-53, F-75): an email sent through the outbox to GreenMail, its real
 * HTML read, its pixel, link and download URLs followed over HTTP without a login as a mail
 * scanner and as a person would, and what that recorded: the events and their classification,
 * the redirect, the campaign's statistics; forged or altered tokens answer 404 and record nothing.
 */
@ExtendWith(ArquillianExtension.class)
class EmailTrackingIT {

  private static final ServerSetup SMTP = TestSmtp.setup();
  private static final byte[] PRICE_LIST = "%PDF-1.4 price list 2027".getBytes(StandardCharsets.US_ASCII);
  private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
  private static final String SAFE_LINKS_LIKE = "Mozilla/5.0 (compatible; Proofpoint URL Defense)";
  private static final String BODY = "<p>Dear Ada, see <a href=\"https://cronus.example/prices?year=2027\">our prices</a>"
      + " and <a href=\"https://cronus.example/visit\">book a visit</a>, or <a href=\"mailto:sales@cronus.example\">write</a>.</p>";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  @Inject MailDispatcher dispatcher;
  @Inject MailTimers timers;
  @Inject TrackingTestData data;
  @Inject HttpServletRequest runner;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private GreenMail smtp;
  private String base;

  @BeforeEach
  void startMailServer() {
    timers.stopMailDispatchJob();
    base = "http://127.0.0.1:" + runner.getLocalPort() + runner.getContextPath();
    data.trackingBaseUrl(base);
    smtp = new GreenMail(SMTP);
    smtp.start();
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  @Test
  void peopleAndMachinesAreToldApartAndOnlyPeopleCountInTheCampaignStatistics() throws Exception {
    String campaignNo = data.campaign("Prices 2027");
    long id = sent("Ada Tracked", "ada@tracked.example", TrackingState.ON);
    data.inCampaign(id, campaignNo);
    data.fromTemplate(id, "BUS");
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getContentType()).as("the tracked file is a download link, not a part")
        .startsWith("multipart/alternative");
    Multipart alternatives = (Multipart) received.getContent();
    assertThat((String) alternatives.getBodyPart(0).getContent()).as("text part").contains("our prices").doesNotContain("/t/");
    String html = (String) alternatives.getBodyPart(1).getContent();
    assertThat(html).doesNotContain("cronus.example/prices").contains("mailto:sales");
    List<String> clicks = tokens(html, "c");
    String open = tokens(html, "o").get(0);
    String download = tokens(html, "a").get(0);
    assertThat(clicks).hasSize(3);
    assertThat(data.links(id)).hasSize(3);

    assertThat(visit("HEAD", "o", open, FIREFOX).statusCode()).isEqualTo(200);
    assertThat(visit("GET", "c", clicks.get(0), SAFE_LINKS_LIKE).statusCode()).isEqualTo(302);
    assertThat(visit("GET", "o", open, FIREFOX).statusCode()).as("a browser, but seconds after delivery").isEqualTo(200);

    data.deliveredAgo(id, Duration.ofHours(2));
    HttpResponse<byte[]> pixel = visit("GET", "o", open, FIREFOX);
    assertThat(pixel.headers().firstValue("Content-Type")).contains("image/gif");
    assertThat(pixel.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(pixel.body()).startsWith("GIF89a".getBytes(StandardCharsets.US_ASCII));
    HttpResponse<byte[]> click = visit("GET", "c", clicks.get(0), FIREFOX);
    assertThat(click.statusCode()).isEqualTo(302);
    assertThat(click.headers().firstValue("Location")).contains("https://cronus.example/prices?year=2027");
    assertThat(visit("GET", "c", clicks.get(2), FIREFOX).headers().firstValue("Location")).contains(base + "/");
    HttpResponse<byte[]> file = visit("GET", "a", download, FIREFOX);
    assertThat(file.body()).isEqualTo(PRICE_LIST);
    assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("price-list.pdf"));

    assertThat(events(id)).containsExactly(
        "OPEN MACHINE HEAD_REQUEST", "CLICK MACHINE SCANNER:proofpoint", "OPEN MACHINE SOON_AFTER_DELIVERY",
        "OPEN HUMAN NO_MACHINE_SIGN", "CLICK HUMAN NO_MACHINE_SIGN", "CLICK MACHINE HIDDEN_LINK",
        "ATTACHMENT_OPEN HUMAN NO_MACHINE_SIGN");
    JsonObject statistics = api().get("campaigns/" + campaignNo + "/statistics").object();
    assertThat(statistics.getInt("emailsSent")).isEqualTo(1);
    assertThat(statistics.getInt("emailsOpened")).isEqualTo(1);
    assertThat(statistics.getInt("emailsClicked")).isEqualTo(1);
    assertThat(statistics.getInt("emailsReplied")).isZero();
    assertThat(statistics.getInt("machineEvents")).isEqualTo(4);

    JsonObject entry = api().get("interaction-log-entries?size=500").object().getJsonArray("items").stream()
        .map(JsonObject.class::cast).filter(e -> !e.isNull("emailId") && e.getJsonNumber("emailId").longValue() == id)
        .findFirst().orElseThrow();
    JsonObject engagement = entry.getJsonObject("engagement");
    assertThat(engagement.getBoolean("opened")).as("the log entry tells a person opened it").isTrue();
    assertThat(engagement.getBoolean("clicked")).isTrue();
    assertThat(engagement.getBoolean("replied")).isFalse();
    assertThat(engagement.getString("firstOpenedAt")).as("when a person first opened it").isNotBlank();

    JsonObject best = api().get("emails/template-ranking").array().getJsonObject(0);
    assertThat(best.getString("templateCode")).as("the template a person opened comes first").isEqualTo("BUS");
    assertThat(best.getInt("sends")).isEqualTo(1);
    assertThat(best.getJsonNumber("openRate").doubleValue()).isEqualTo(1.0);
    assertThat(best.getJsonNumber("replyRate").doubleValue()).isZero();
  }

  @Test
  void forgedAlteredAndMisusedTokensAnswer404AndRecordNothing() throws Exception {
    long id = sent("Bea Forged", "bea@forged.example", TrackingState.ON);
    String html = (String) ((Multipart) smtp.getReceivedMessages()[0].getContent()).getBodyPart(1).getContent();
    String click = tokens(html, "c").get(0);
    String open = tokens(html, "o").get(0);
    long before = data.events();

    String altered = click.substring(0, 10) + (click.charAt(10) == 'A' ? 'B' : 'A') + click.substring(11);
    for (String[] request : List.of(new String[] {"c", altered}, new String[] {"c", click.substring(0, 43)},
        new String[] {"c", "A".repeat(44)}, new String[] {"c", open}, new String[] {"o", click},
        new String[] {"a", open}, new String[] {"x", click})) {
      HttpResponse<byte[]> answer = visit("GET", request[0], request[1], FIREFOX);
      assertThat(answer.statusCode()).as("/t/%s/%s", request[0], request[1]).isEqualTo(404);
      assertThat(answer.headers().firstValue("Location")).isEmpty();
      assertThat(answer.body()).isEmpty();
    }
    assertThat(data.events()).isEqualTo(before);
    assertThat(api().get("emails/" + id + "/events").body()).isEqualTo(JsonArray.EMPTY_JSON_ARRAY);
    assertThat(api().get("emails/999999999/events").status()).isEqualTo(404);
  }

  @Test
  void anUntrackedEmailHasNoTrackingUrlsAndItsFileIsAttached() throws Exception {
    sent("Cleo Untracked", "cleo@untracked.example", TrackingState.OFF);
    MimeMessage received = smtp.getReceivedMessages()[0];

    assertThat(MailParts.html(received)).contains("href=\"https://cronus.example/visit\"").doesNotContain("/t/");
    assertThat(MailParts.attachment(received).getFileName()).isEqualTo("price-list.pdf");
  }

  private long sent(String name, String address, TrackingState tracking) {
    long id = data.send(data.contact(name, address), tracking, BODY, "price-list.pdf", PRICE_LIST);
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    return id;
  }

  private List<String> events(long id) {
    JsonArray events = (JsonArray) api().get("emails/" + id + "/events").body();
    return events.stream().map(JsonObject.class::cast)
        .map(e -> e.getString("type") + " " + e.getString("classification") + " " + e.getString("reason")).toList();
  }

  private Api api() {
    try {
      return new Api(new URL(base + "/"));
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tokens of the tracking URLs of one kind (o, c, a) in the HTML, in order. */
  private List<String> tokens(String html, String kind) {
    Matcher matcher = Pattern.compile(Pattern.quote(base) + "/t/" + kind + "/([A-Za-z0-9_-]+)").matcher(html);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** A request without login, as a mail program, a browser or a scanner makes it. */
  private HttpResponse<byte[]> visit(String method, String kind, String token, String userAgent) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/t/" + kind + "/" + token))
        .header("User-Agent", userAgent).method(method, HttpRequest.BodyPublishers.noBody()).build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
