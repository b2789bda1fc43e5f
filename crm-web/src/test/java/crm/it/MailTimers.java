package crm.it;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

/**
 * Stops the application's mail timer in the deployment under test, so that only the test calls
 * the dispatcher and nothing is sent behind its back (STYLE.md section 6: test the service the
 * timer delegates to, never the wall clock).
 */
@Singleton
public class MailTimers {

  @Resource private TimerService timerService;

  public void stopMailDispatchJob() {
    timerService.getAllTimers().stream()
        .filter(timer -> "mail dispatch".equals(timer.getInfo()))
        .forEach(Timer::cancel);
  }

  /** Stops every timer of the application, so that nothing but the test writes to the database. */
  public void stopAll() {
    timerService.getAllTimers().forEach(Timer::cancel);
  }
}
