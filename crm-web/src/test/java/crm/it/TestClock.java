package crm.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in test deployments: the system clock, shifted by what a test asks
 * ({@link #set}, {@link #advance}), so that a test can make a scheduled email due without waiting
 * (STYLE.md section 6). Unshifted it is the system clock, so tests that do not touch it see no
 * difference; a test that shifts it resets it when done.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {

  private volatile Duration shift = Duration.ZERO;

  @Produces
  @Alternative
  @Priority(Interceptor.Priority.APPLICATION + 100)
  @ApplicationScoped
  Clock clock() {
    return new Shifted(this, ZoneId.systemDefault());
  }

  /** Now as the application sees it. */
  public Instant instant() {
    return Instant.now().plus(shift);
  }

  /** From now on, the application's time runs on from {@code now}. */
  public void set(Instant now) {
    shift = Duration.between(Instant.now(), now);
  }

  public void advance(Duration duration) {
    shift = shift.plus(duration);
  }

  /** Back to the system clock. */
  public void reset() {
    shift = Duration.ZERO;
  }

  /** The system clock plus the test's shift, read at every call. */
  private static final class Shifted extends Clock {
    private final TestClock control;
    private final ZoneId zone;

    Shifted(TestClock control, ZoneId zone) {
      this.control = control;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Shifted(control, other);
    }

    @Override
    public Instant instant() {
      return control.instant();
    }
  }
}
