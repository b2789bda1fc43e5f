package crm.service.mail;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When a message that failed for a temporary reason is tried again: after the base delay, then
 * after twice, four times… as long, so that a mail server that is down for an hour is not
 * hammered, and not at all once {@code maxAttempts} tries have been made.
 *
 * @param maxAttempts the number of tries, the first one included
 * @param baseDelay the wait after the first failed try
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay) {

  /** Beyond 2^20 times the base delay the wait is years: stop doubling, and never overflow. */
  private static final int MAX_DOUBLINGS = 20;

  public RetryPolicy {
    if (maxAttempts < 1 || baseDelay.isNegative()) {
      throw new IllegalArgumentException("Bad retry policy: " + maxAttempts + " tries, " + baseDelay);
    }
  }

  /**
   * The time of the next try after {@code attemptsMade} tries failed temporarily, or empty when
   * the message should fail for good.
   */
  public Optional<LocalDateTime> nextAttempt(LocalDateTime failedAt, int attemptsMade) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delayAfter(attemptsMade)));
  }

  /** base-delay × 2^(attemptsMade − 1). */
  public Duration delayAfter(int attemptsMade) {
    int doublings = Math.min(Math.max(attemptsMade - 1, 0), MAX_DOUBLINGS);
    return baseDelay.multipliedBy(1L << doublings);
  }
}
