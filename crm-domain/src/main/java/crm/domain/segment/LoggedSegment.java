package crm.domain.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The trace of a logged segment (F-28): which segment was logged, when, how many interactions
 * and campaign entries it made, and its follow-up segment. Canceling it cancels its entries.
 */
@Entity
@Table(name = "logged_segment")
public class LoggedSegment {

  @Id private String no;

  @Column(name = "segment_no")
  private String segmentNo;

  private String description;

  @Column(name = "campaign_no")
  private String campaignNo;

  @Column(name = "no_of_interactions")
  private int noOfInteractions;

  @Column(name = "no_of_campaign_entries")
  private int noOfCampaignEntries;

  @Column(name = "follow_up_segment_no")
  private String followUpSegmentNo;

  @Column(name = "logged_at")
  private LocalDateTime loggedAt;

  @Column(name = "logged_by")
  private String loggedBy;

  private boolean canceled;

  protected LoggedSegment() {}

  public String getNo() { return no; }
  public String getSegmentNo() { return segmentNo; }
  public String getDescription() { return description; }
  public String getCampaignNo() { return campaignNo; }
  public int getNoOfInteractions() { return noOfInteractions; }
  public int getNoOfCampaignEntries() { return noOfCampaignEntries; }
  public String getFollowUpSegmentNo() { return followUpSegmentNo; }
  public LocalDateTime getLoggedAt() { return loggedAt; }
  public String getLoggedBy() { return loggedBy; }
  public boolean isCanceled() { return canceled; }
}
