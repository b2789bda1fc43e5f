package crm.it;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

/**
 * Stops the application's mail timer (and the email release timer) in the deployment under test,
 * so that only the test calls the dispatcher and the release, and nothing is sent behind its back (STYLE.md section 6: test the service the
 * timer delegates to, never the wall clock).
 */
@Singleton
public class MailTimers {

  @Resource private TimerService timerService;

  public void stopMailDispatchJob() {
    stop("mail dispatch");
  }

  public void stopEmailReleaseJob() {
    stop("email release");
  }

  private void stop(String info) {
    timerService.getAllTimers().stream()
        .filter(timer -> info.equals(timer.getInfo()))
        .forEach(Timer::cancel);
  }
}
