package crm.service.scheduling;

/** What one run of a job did: items processed, how many of them failed, and the last failure's message. */
public record JobResult(int items, int failures, String failureMessage) {

  public static JobResult of(int items) {
    return new JobResult(items, 0, null);
  }
}
