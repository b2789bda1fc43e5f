package crm.domain.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrackedHtmlTest {

  private static final String BASE = "https://crm.cronus.example/crm";
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private final TrackingKeyRing ring = new TrackingKeyRing(List.of(TrackingKey.parse("2026-12-01:" + "k".repeat(40))), 0);

  private TrackedHtml track(String html, List<String> files) {
    return TrackedHtml.of(html, BASE + "/", 77, files, ring::sign);
  }

  @Test
  void everyWebLinkPointsToItsOwnClickUrlAndIsRecordedInOrder() {
    TrackedHtml tracked = track("<p>See <a href=\"https://cronus.example/offer?a=1&amp;b=2\">the offer</a>"
        + " and <a href=\"HTTP://cronus.example/prices\">prices</a>, again <a href=\"https://cronus.example/offer?a=1&amp;b=2\">here</a>.</p>", List.of());

    assertThat(tracked.links()).containsExactly(
        new TrackedLink(1, "https://cronus.example/offer?a=1&b=2", false),
        new TrackedLink(2, "HTTP://cronus.example/prices", false),
        new TrackedLink(3, "https://cronus.example/offer?a=1&b=2", false),
        new TrackedLink(4, BASE + "/", true));
    List<String> clicks = urls(tracked.html(), "/t/c/");
    assertThat(clicks).hasSize(4).doesNotHaveDuplicates();
    for (int i = 0; i < clicks.size(); i++) {
      assertThat(ring.verify(clicks.get(i), NOW)).contains(TrackingToken.click(77, i + 1));
    }
    assertThat(tracked.html()).doesNotContain("cronus.example/offer").contains(">the offer</a>").contains(">prices</a>");
  }

  @Test
  void mailtoAndInPageLinksStayAsWritten() {
    TrackedHtml tracked = track("<p><a href=\"mailto:sales@cronus.example\">Write</a> <a href=\"#top\">Top</a></p>", List.of());

    assertThat(tracked.html()).contains("href=\"mailto:sales&#64;cronus.example\"").contains("href=\"#top\"");
    assertThat(tracked.links()).containsExactly(new TrackedLink(1, BASE + "/", true));
  }

  @Test
  void aLinkTooLongToRecordStaysAsWritten() {
    String longUrl = "https://cronus.example/" + "x".repeat(TrackedHtml.MAX_URL_LENGTH);
    TrackedHtml tracked = track("<a href=\"" + longUrl + "\">long</a>", List.of());

    assertThat(tracked.html()).contains(longUrl);
    assertThat(tracked.links()).extracting(TrackedLink::hidden).containsExactly(true);
  }

  @Test
  void theOpenPixelAndTheHiddenLinkEndTheBody() {
    TrackedHtml tracked = track("<p>Hello</p>", List.of());

    String html = tracked.html();
    assertThat(html).startsWith("<p>Hello</p>");
    List<String> opens = urls(html, "/t/o/");
    assertThat(opens).hasSize(1);
    assertThat(ring.verify(opens.get(0), NOW)).contains(TrackingToken.open(77));
    assertThat(html).containsPattern("<img src=\"" + Pattern.quote(BASE) + "/t/o/[A-Za-z0-9_-]{44}\" width=\"1\" height=\"1\" alt=\"\"");
    assertThat(html).containsPattern("<a href=\"[^\"]+/t/c/[A-Za-z0-9_-]{44}\" style=\"display:none;[^\"]*\" aria-hidden=\"true\" tabindex=\"-1\"></a>");
  }

  @Test
  void trackedFilesBecomeDownloadLinks() {
    TrackedHtml tracked = track("<p>Attached</p>", List.of("Price list <2027>.pdf"));

    List<String> downloads = urls(tracked.html(), "/t/a/");
    assertThat(downloads).hasSize(1);
    assertThat(ring.verify(downloads.get(0), NOW).orElseThrow().names("Price list <2027>.pdf")).isTrue();
    assertThat(tracked.html()).contains("Price list &lt;2027&gt;.pdf</a>");
  }

  @Test
  void aHostileHrefIsWrittenEscapedAndRedirectsOnlyWhereRecorded() {
    TrackedHtml tracked = track("<a href=\"https://x.example/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>", List.of());

    assertThat(tracked.html()).doesNotContain("<script");
    assertThat(tracked.links().get(0).url()).isEqualTo("https://x.example/?q=\"><script>alert(1)</script>");
  }

  private static List<String> urls(String html, String path) {
    Matcher matcher = Pattern.compile(Pattern.quote(BASE + path) + "([A-Za-z0-9_-]+)").matcher(html);
    List<String> tokens = new java.util.ArrayList<>();
    while (matcher.find()) {
      tokens.add(matcher.group(1));
    }
    return tokens;
  }
}
