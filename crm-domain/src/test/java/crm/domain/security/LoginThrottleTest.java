package crm.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final LoginThrottle THROTTLE =
      new LoginThrottle(3, 10, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15));
  private static final Instant LAST = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void theFirstFailuresCostNothing() {
    assertThat(THROTTLE.waitUntil(3, LAST, LAST)).isEmpty();
  }

  @Test
  void eachFailureAfterTheFreeOnesDoublesTheWait() {
    assertThat(THROTTLE.waitUntil(4, LAST, LAST)).contains(LAST.plusSeconds(1));
    assertThat(THROTTLE.waitUntil(5, LAST, LAST)).contains(LAST.plusSeconds(2));
    assertThat(THROTTLE.waitUntil(6, LAST, LAST)).contains(LAST.plusSeconds(4));
    assertThat(THROTTLE.waitUntil(9, LAST, LAST)).contains(LAST.plusSeconds(32));
  }

  @Test
  void theWaitNeverGrowsBeyondTheLongestDelayBeforeTheLock() {
    LoginThrottle slowGrowth = new LoginThrottle(0, 50, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15));
    assertThat(slowGrowth.waitUntil(49, LAST, LAST)).contains(LAST.plusSeconds(60));
  }

  @Test
  void manyFailuresLockForTheLockTime() {
    assertThat(THROTTLE.waitUntil(10, LAST, LAST.plusSeconds(600))).contains(LAST.plus(Duration.ofMinutes(15)));
  }

  @Test
  void theWaitEndsAtItsTime() {
    assertThat(THROTTLE.waitUntil(5, LAST, LAST.plusMillis(1999))).isPresent();
    assertThat(THROTTLE.waitUntil(5, LAST, LAST.plusSeconds(2))).isEmpty();
    assertThat(THROTTLE.waitUntil(10, LAST, LAST.plus(Duration.ofMinutes(15)))).isEmpty();
  }

  @Test
  void failuresOlderThanTheLockAreForgotten() {
    assertThat(THROTTLE.forgotten(LAST, LAST.plus(Duration.ofMinutes(15)))).isTrue();
    assertThat(THROTTLE.forgotten(LAST, LAST.plus(Duration.ofMinutes(14)))).isFalse();
  }

  @Test
  void anInconsistentThrottleIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new LoginThrottle(5, 5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15)));
    assertThrows(IllegalArgumentException.class,
        () -> new LoginThrottle(3, 10, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMinutes(15)));
  }
}
