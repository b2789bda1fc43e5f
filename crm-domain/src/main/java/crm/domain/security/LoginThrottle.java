package crm.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long logins wait after failures, for one user name or one source address: the first
 * {@code freeFailures} cost nothing, each one after that doubles the wait from {@code firstDelay}
 * up to {@code longestDelay}, and {@code lockAfter} failures lock logins for {@code lock}. Failures
 * older than the lock are forgotten. The same rule applies to user names that do not exist, so the
 * answer never tells whether a user exists.
 */
public record LoginThrottle(int freeFailures, int lockAfter, Duration firstDelay, Duration longestDelay,
    Duration lock) {

  public LoginThrottle {
    if (freeFailures < 0 || lockAfter <= freeFailures || firstDelay.isNegative()
        || longestDelay.compareTo(firstDelay) < 0 || lock.isNegative()) {
      throw new IllegalArgumentException("Inconsistent login throttle: " + freeFailures + ", " + lockAfter
          + ", " + firstDelay + ", " + longestDelay + ", " + lock);
    }
  }

  /** Until when logins wait after {@code failures} failures, the last at {@code lastFailure}. */
  public Optional<Instant> waitUntil(int failures, Instant lastFailure, Instant now) {
    if (failures <= freeFailures || forgotten(lastFailure, now)) {
      return Optional.empty();
    }
    Instant until = lastFailure.plus(failures >= lockAfter ? lock : delayAfter(failures));
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  /** True when a failure at {@code lastFailure} no longer counts at {@code now}. */
  public boolean forgotten(Instant lastFailure, Instant now) {
    return !lastFailure.plus(lock).isAfter(now);
  }

  private Duration delayAfter(int failures) {
    int doublings = Math.min(failures - freeFailures - 1, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
  }
}
