package crm.rest.segment;

import crm.domain.segment.LoggedSegment;
import java.time.LocalDateTime;

/** A logged segment as the API shows it. */
public record LoggedSegmentDto(
    String no, String segmentNo, String description, String campaignNo, int noOfInteractions,
    int noOfCampaignEntries, String followUpSegmentNo, LocalDateTime loggedAt, String loggedBy,
    boolean canceled) {

  static LoggedSegmentDto from(LoggedSegment l) {
    return new LoggedSegmentDto(l.getNo(), l.getSegmentNo(), l.getDescription(), l.getCampaignNo(),
        l.getNoOfInteractions(), l.getNoOfCampaignEntries(), l.getFollowUpSegmentNo(), l.getLoggedAt(),
        l.getLoggedBy(), l.isCanceled());
  }
}
