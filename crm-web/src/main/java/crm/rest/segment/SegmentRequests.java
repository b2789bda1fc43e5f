package crm.rest.segment;

/** The small bodies of the segment actions. */
final class SegmentRequests {

  private SegmentRequests() {}

  /** Save Criteria. */
  public record SaveCriteria(String code, String description) {}

  /** Reuse Criteria. */
  public record ReuseCriteria(String code) {}

  /** Reuse Logged Segment. */
  public record ReuseLoggedSegment(String loggedSegmentNo) {}

  /** Log: send the letters/emails, and create the follow-up segment. */
  public record Log(Boolean sendAttachments, Boolean createFollowUpSegment) {}
}
