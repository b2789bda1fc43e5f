package crm.service.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final LocalDateTime FIRST = LocalDateTime.of(2026, 11, 3, 10, 0);
  private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofDays(1));

  @Test
  void waitsTheBaseDelayAfterTheFirstFailureThenDoublesUpToTheMaximum() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(30));
    assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(30));
    assertThat(policy.delayAfter(0)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void nextAttemptIsTheFailureTimePlusTheDelay() {
    assertThat(policy.nextAttempt(FIRST, FIRST, 1)).contains(FIRST.plusSeconds(30));
    assertThat(policy.nextAttempt(FIRST, FIRST.plusHours(5), 20)).contains(FIRST.plusHours(5).plusMinutes(30));
  }

  @Test
  void anOutageShorterThanTheWindowNeverFailsTheMessage() {
    LocalDateTime failedAt = FIRST;
    int attempts = 0;
    while (failedAt.isBefore(FIRST.plusDays(1))) {
      attempts++;
      failedAt = policy.nextAttempt(FIRST, failedAt, attempts).orElseThrow();
    }
    assertThat(failedAt).as("the last try comes when the window ends").isEqualTo(FIRST.plusDays(1));
    assertThat(attempts).isBetween(48, 60);
  }

  @Test
  void givesUpOnceTheWindowHasPassed() {
    assertThat(policy.nextAttempt(FIRST, FIRST.plusDays(1), 60)).isEmpty();
    assertThat(policy.triesUntil(FIRST)).isEqualTo(FIRST.plusDays(1));
    assertThat(new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ZERO)
        .nextAttempt(FIRST, FIRST, 1)).isEmpty();
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofSeconds(-1), Duration.ofSeconds(30), Duration.ofDays(1)));
    assertThrows(IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofDays(1)));
  }
}
