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

  /**
   * Log: send the letters/emails, create the follow-up segment, and schedule each email at its
   * recipient's next working hour.
   */
  public record Log(Boolean sendAttachments, Boolean createFollowUpSegment, Boolean deliverInWorkingHours) {}

  /** Apply Mailing Group. */
  public record ApplyMailingGroup(String mailingGroupCode) {}
}
