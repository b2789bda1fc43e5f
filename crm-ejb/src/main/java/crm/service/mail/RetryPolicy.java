package crm.service.mail;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When a message that failed for a temporary reason is tried again: after the base delay, then
 * after twice, four times… as long, never longer than the maximum delay, so that a mail server
 * that is down for an hour is not hammered; and until the retry window from the first try has
 * passed, so that a long outage does not fail messages that would go out once it is over. The
 * last try comes when the window ends; a failure then is final.
 *
 * @param baseDelay the wait after the first failed try
 * @param maxDelay the longest wait between two tries
 * @param window how long after the first try a message is still tried again
 */
public record RetryPolicy(Duration baseDelay, Duration maxDelay, Duration window) {

  /** Beyond 2^20 times the base delay the wait is years: stop doubling, and never overflow. */
  private static final int MAX_DOUBLINGS = 20;

  public RetryPolicy {
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || window.isNegative()) {
      throw new IllegalArgumentException("Bad retry policy: " + baseDelay + " to " + maxDelay + " for " + window);
    }
  }

  /**
   * The time of the next try after {@code attemptsMade} tries, the first at {@code firstAttemptAt},
   * failed temporarily, or empty when the message should fail for good.
   */
  public Optional<LocalDateTime> nextAttempt(LocalDateTime firstAttemptAt, LocalDateTime failedAt, int attemptsMade) {
    LocalDateTime lastTry = triesUntil(firstAttemptAt);
    if (!failedAt.isBefore(lastTry)) {
      return Optional.empty();
    }
    LocalDateTime next = failedAt.plus(delayAfter(attemptsMade));
    return Optional.of(next.isAfter(lastTry) ? lastTry : next);
  }

  /** Until when a message first tried at {@code firstAttemptAt} is tried again. */
  public LocalDateTime triesUntil(LocalDateTime firstAttemptAt) {
    return firstAttemptAt.plus(window);
  }

  /** base-delay × 2^(attemptsMade − 1), at most the maximum delay. */
  public Duration delayAfter(int attemptsMade) {
    int doublings = Math.min(Math.max(attemptsMade - 1, 0), MAX_DOUBLINGS);
    Duration delay = baseDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
