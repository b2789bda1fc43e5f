package crm.service.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final LocalDateTime FAILED_AT = LocalDateTime.of(2026, 11, 3, 10, 0);
  private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30));

  @Test
  void waitsTheBaseDelayAfterTheFirstFailureThenDoubles() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
  }

  @Test
  void nextAttemptIsTheFailureTimePlusTheDelay() {
    assertThat(policy.nextAttempt(FAILED_AT, 1)).contains(FAILED_AT.plusSeconds(30));
    assertThat(policy.nextAttempt(FAILED_AT, 4)).contains(FAILED_AT.plusMinutes(4));
  }

  @Test
  void givesUpOnceMaxAttemptsTriesWereMade() {
    assertThat(policy.nextAttempt(FAILED_AT, 5)).isEmpty();
    assertThat(policy.nextAttempt(FAILED_AT, 6)).isEmpty();
    assertThat(new RetryPolicy(1, Duration.ofSeconds(30)).nextAttempt(FAILED_AT, 1)).isEmpty();
  }

  @Test
  void delayStopsGrowingInsteadOfOverflowing() {
    RetryPolicy patient = new RetryPolicy(Integer.MAX_VALUE, Duration.ofSeconds(30));
    assertThat(patient.delayAfter(1_000)).isEqualTo(patient.delayAfter(21)).isPositive();
    assertThat(patient.delayAfter(0)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofSeconds(30)));
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(5, Duration.ofSeconds(-1)));
  }
}
