package crm.domain.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingKeyRingTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final TrackingKey DECEMBER = TrackingKey.parse("2026-12-01:" + "d".repeat(40));
  private static final TrackingKey JUNE = TrackingKey.parse("2026-06-01:" + "j".repeat(40));
  private final TrackingKeyRing ring = new TrackingKeyRing(List.of(DECEMBER), 30);

  @Test
  void signedTokensOfEveryKindVerifyToTheSameToken() {
    for (TrackingToken token : List.of(TrackingToken.open(42), TrackingToken.click(42, 3),
        TrackingToken.attachment(42, "Preisliste 2027.pdf"), TrackingToken.open(Long.MAX_VALUE))) {
      String text = ring.sign(token);
      assertThat(text).hasSize(44).matches("[A-Za-z0-9_-]+");
      assertThat(ring.verify(text, NOW)).contains(token);
    }
  }

  @Test
  void anAttachmentTokenNamesItsFileOnly() {
    TrackingToken token = ring.verify(ring.sign(TrackingToken.attachment(7, "offer.pdf")), NOW).orElseThrow();
    assertThat(token.names("offer.pdf")).isTrue();
    assertThat(token.names("offer.PDF")).isFalse();
    assertThat(TrackingToken.click(7, 1).names("offer.pdf")).isFalse();
  }

  @Test
  void tokensRevealNeitherTheEmailNorThatTwoBelongToTheSameEmail() {
    String first = ring.sign(TrackingToken.click(1000, 1));
    String second = ring.sign(TrackingToken.click(1000, 2));
    String open = ring.sign(TrackingToken.open(1000));
    byte[] a = Base64.getUrlDecoder().decode(first);
    byte[] b = Base64.getUrlDecoder().decode(second);
    int equalBytes = 0;
    for (int i = 1; i < a.length; i++) {
      equalBytes += a[i] == b[i] ? 1 : 0;
    }
    assertThat(equalBytes).as("bytes shared beyond the key tag").isLessThan(6);
    assertThat(first).doesNotContain("1000");
    assertThat(Set.of(first, second, open)).hasSize(3);
  }

  @Test
  void forgedTruncatedAlteredAndGarbageTokensAreRefused() {
    String text = ring.sign(TrackingToken.click(5, 1));
    assertThat(ring.verify(text.substring(0, 43), NOW)).isEmpty();
    assertThat(ring.verify(text + "A", NOW)).isEmpty();
    assertThat(ring.verify("", NOW)).isEmpty();
    assertThat(ring.verify(null, NOW)).isEmpty();
    assertThat(ring.verify("!".repeat(44), NOW)).isEmpty();
    assertThat(ring.verify("A".repeat(44), NOW)).isEmpty();
    for (int i = 0; i < text.length(); i++) {
      char changed = text.charAt(i) == 'A' ? 'B' : 'A';
      String altered = text.substring(0, i) + changed + text.substring(i + 1);
      assertThat(ring.verify(altered, NOW)).as("altered at %d", i).isEmpty();
    }
  }

  @Test
  void aTokenSignedWithAnotherSecretIsRefused() {
    TrackingKeyRing forger = new TrackingKeyRing(List.of(TrackingKey.parse("2026-12-01:" + "x".repeat(40))), 30);
    assertThat(ring.verify(forger.sign(TrackingToken.open(5)), NOW)).isEmpty();
  }

  @Test
  void anOlderKeyVerifiesForTheConfiguredDaysAfterTheNewerOneReplacedIt() {
    String oldToken = new TrackingKeyRing(List.of(JUNE), 30).sign(TrackingToken.click(9, 2));
    TrackingKeyRing rotated = new TrackingKeyRing(List.of(DECEMBER, JUNE), 30);

    assertThat(rotated.verify(oldToken, Instant.parse("2026-12-30T23:59:59Z"))).contains(TrackingToken.click(9, 2));
    assertThat(rotated.verify(oldToken, Instant.parse("2026-12-31T00:00:00Z"))).isEmpty();
    assertThat(new TrackingKeyRing(List.of(DECEMBER, JUNE), 0).verify(oldToken, NOW)).isEmpty();
    assertThat(rotated.sign(TrackingToken.open(1))).isEqualTo(new TrackingKeyRing(List.of(DECEMBER), 0).sign(TrackingToken.open(1)));
  }

  @Test
  void keysAreListedNewestFirstAndHaveLongSecrets() {
    assertThrows(IllegalArgumentException.class, () -> new TrackingKeyRing(List.of(JUNE, DECEMBER), 30));
    assertThrows(IllegalArgumentException.class, () -> new TrackingKeyRing(List.of(), 30));
    assertThrows(IllegalArgumentException.class, () -> TrackingKey.parse("2026-12-01:short"));
    assertThrows(IllegalArgumentException.class, () -> TrackingKey.parse("d".repeat(40)));
    IllegalArgumentException badDate = assertThrows(IllegalArgumentException.class,
        () -> TrackingKey.parse("yesterday:" + "s".repeat(40)));
    assertThat(badDate.getMessage()).doesNotContain("sss");
    assertThat(DECEMBER.toString()).doesNotContain("ddd");
  }

  @Test
  void generatedSecretsAreLongAndDifferent() {
    SecureRandom random = new SecureRandom();
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      secrets.add(TrackingKey.newSecret(random));
    }
    assertThat(secrets).hasSize(20).allSatisfy(s -> assertThat(s).hasSizeGreaterThanOrEqualTo(TrackingKey.MIN_SECRET_LENGTH));
    assertThat(new TrackingKey(LocalDate.of(2026, 1, 1), secrets.iterator().next()).since()).isEqualTo("2026-01-01");
  }
}
