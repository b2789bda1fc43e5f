package crm.service.segment;

import crm.domain.campaign.CampaignEntry;
import crm.domain.email.EmailStatus;
import crm.domain.segment.LoggedSegment;
import java.util.Map;

/**
 * What logging a segment produced (F-27, F-28): the logged segment, how many letters it printed,
 * its emails counted by where they stand, and its campaign entry (null without a campaign).
 */
public record LoggedSegmentOutcome(LoggedSegment logged, long letters, Map<EmailStatus, Long> emailsByStatus,
    CampaignEntry campaignEntry) {

  public LoggedSegmentOutcome {
    emailsByStatus = Map.copyOf(emailsByStatus);
  }

  /** Every email the log wrote, whatever it became since. */
  public long emails() {
    return emailsByStatus.values().stream().mapToLong(Long::longValue).sum();
  }
}
