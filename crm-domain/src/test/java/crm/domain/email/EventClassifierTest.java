package crm.domain.email;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.email.EventClassifier.Verdict;
import crm.domain.email.TrackedRequest.Click;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventClassifierTest {

  private static final Instant DELIVERED = Instant.parse("2026-12-01T09:00:00Z");
  private static final String FIREFOX =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
  private static final EventClassifier CLASSIFIER =
      new EventClassifier(MachineSignatures.reviewed(), Duration.ofSeconds(10), Duration.ofSeconds(5));

  /** One line of recorded-requests.txt. */
  record Recorded(Verdict expected, TrackedRequest request) {
    @Override
    public String toString() {
      return expected.reason() + " <- " + request.method() + " " + request.userAgent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recorded")
  void eachRecordedRequestGetsItsClassAndReason(Recorded recorded) {
    assertThat(CLASSIFIER.classify(recorded.request())).isEqualTo(recorded.expected());
  }

  @Test
  void everyEntryOfTheReviewedListIsCoveredByARecordedRequest() throws IOException {
    List<String> reasons = recorded().map(r -> r.expected().reason()).toList();
    assertThat(MachineSignatures.reviewed().all()).allSatisfy(signature ->
        assertThat(reasons).contains((signature.personProxy() ? "PROXY:" : "SCANNER:") + signature.id()));
  }

  @Test
  void clicksOnEveryLinkWithinSecondsAreAMachineButOneOrTwoAreAPerson() {
    Instant at = DELIVERED.plus(Duration.ofHours(1));
    List<Click> twoJustBefore = List.of(new Click(1, at.minusSeconds(2)), new Click(2, at.minusSeconds(1)));

    assertThat(CLASSIFIER.classify(click(3, at, twoJustBefore)).reason()).isEqualTo("ALL_LINKS_AT_ONCE");
    assertThat(CLASSIFIER.classify(click(2, at, List.of(new Click(1, at.minusSeconds(2))))).classification())
        .isEqualTo(EventClassification.HUMAN);
    List<Click> spreadOut = List.of(new Click(1, at.minusSeconds(600)), new Click(2, at.minusSeconds(300)));
    assertThat(CLASSIFIER.classify(click(3, at, spreadOut)).classification()).isEqualTo(EventClassification.HUMAN);
    List<Click> withHidden = List.of(new Click(4, at.minusSeconds(1)), new Click(1, at.minusSeconds(1)));
    assertThat(CLASSIFIER.classify(click(1, at, withHidden)).classification())
        .as("the hidden link and the same link again are not every link").isEqualTo(EventClassification.HUMAN);
  }

  @Test
  void aMessageWithOneLinkIsNeverAllLinksAtOnce() {
    Instant at = DELIVERED.plus(Duration.ofHours(1));
    TrackedRequest single = new TrackedRequest(EmailEventType.CLICK, "GET", FIREFOX, "198.51.100.7", at,
        DELIVERED, 1, false, 1, List.of());
    assertThat(CLASSIFIER.classify(single)).isEqualTo(new Verdict(EventClassification.HUMAN, "NO_MACHINE_SIGN"));
  }

  @Test
  void aPersonProxyFetchingWithinSecondsOfDeliveryIsStillAMachine() {
    TrackedRequest early = new TrackedRequest(EmailEventType.OPEN, "GET", "Mozilla/5.0 (via ggpht.com GoogleImageProxy)",
        "66.249.84.21", DELIVERED.plusSeconds(2), DELIVERED, 0, false, 3, List.of());
    assertThat(CLASSIFIER.classify(early).reason()).isEqualTo("SOON_AFTER_DELIVERY");
  }

  private static TrackedRequest click(int linkNo, Instant at, List<Click> earlier) {
    return new TrackedRequest(EmailEventType.CLICK, "GET", FIREFOX, "198.51.100.7", at, DELIVERED, linkNo,
        linkNo == 4, 3, earlier);
  }

  static Stream<Recorded> recorded() throws IOException {
    try (InputStream in = EventClassifierTest.class.getResourceAsStream("recorded-requests.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(EventClassifierTest::parse).toList().stream();
    }
  }

  private static Recorded parse(String line) {
    String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    int linkNo = Integer.parseInt(f[5]);
    TrackedRequest request = new TrackedRequest(EmailEventType.valueOf(f[2]), f[3], f[7].isEmpty() ? null : f[7],
        f[6], DELIVERED.plusSeconds(Long.parseLong(f[4])), DELIVERED, linkNo, linkNo == 4, 3, List.of());
    return new Recorded(new Verdict(EventClassification.valueOf(f[0]), f[1]), request);
  }
}
