package crm.web.shared;

import crm.service.progress.WorkProgress;
import java.util.function.Supplier;

/**
 * The one line a page shows for a run of long work (F-66), from its row: running (phase, n of m),
 * interrupted (its server stopped), failed (and why), or what it produced. The messages are
 * {@code <prefix>.running} ({0} the phase, {1} done, {2} total), {@code .interrupted} and
 * {@code .failed} ({0} why).
 */
public final class ProgressStatus {

  private ProgressStatus() {}

  public static String of(WorkProgress run, String prefix, Supplier<String> done) {
    if (run == null) {
      return null;
    } else if (run.isRunning()) {
      return Feedback.text(prefix + ".running", Feedback.text("progress.phase." + run.phase()), run.done(), run.total());
    } else if (run.interrupted()) {
      return Feedback.text(prefix + ".interrupted");
    } else if (run.isFailed()) {
      return Feedback.text(prefix + ".failed", run.failure() == null ? Feedback.text("error.unexpected") : run.failure());
    }
    return done.get();
  }
}
