package crm.service.progress;

/**
 * Where long work tells how far it is: once per phase, and within a phase at most once per
 * {@link #EVERY} items, never per row, so that reporting costs the work nothing measurable.
 */
@FunctionalInterface
public interface ProgressReport {

  /** Items between two reports within one phase. */
  int EVERY = 1000;

  /** For work nobody watches, such as the letters a preview rolls back. */
  ProgressReport NONE = (phase, done, total, letters, emails) -> { };

  void report(WorkPhase phase, long done, long total, long letters, long emails);
}
