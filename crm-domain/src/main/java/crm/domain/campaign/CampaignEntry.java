package crm.domain.campaign;

import crm.domain.audit.Audited;
import crm.domain.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a campaign did (F-11): one entry per logged segment, counting its interactions, cost and
 * duration. Entries are canceled, not deleted; only canceled entries may then be deleted.
 */
@Audited("CAMPAIGN_ENTRY")
@Entity
@Table(name = "campaign_entry")
public class CampaignEntry {

  @Id
  @Column(name = "entry_no")
  private long entryNo;

  @Column(name = "campaign_no")
  private String campaignNo;

  @Column(name = "entry_date")
  private LocalDate date;

  private String description;

  @Column(name = "segment_no")
  private String segmentNo;

  @Column(name = "logged_segment_no")
  private String loggedSegmentNo;

  @Column(name = "interaction_template_code")
  private String interactionTemplateCode;

  @Column(name = "salesperson_code")
  private String salespersonCode;

  @Column(name = "no_of_interactions")
  private int noOfInteractions;

  private BigDecimal cost;
  private BigDecimal duration;
  private boolean canceled;

  @Column(name = "user_id")
  private String userId;

  protected CampaignEntry() {}

  /** Refuses to delete an entry that still counts (not canceled). */
  public void checkDeletable() {
    if (!canceled) {
      throw new ConflictException("campaignEntry.notCanceled", entryNo);
    }
  }

  public long getEntryNo() { return entryNo; }
  public String getCampaignNo() { return campaignNo; }
  public LocalDate getDate() { return date; }
  public String getDescription() { return description; }
  public String getSegmentNo() { return segmentNo; }
  public String getLoggedSegmentNo() { return loggedSegmentNo; }
  public String getInteractionTemplateCode() { return interactionTemplateCode; }
  public String getSalespersonCode() { return salespersonCode; }
  public int getNoOfInteractions() { return noOfInteractions; }
  public BigDecimal getCost() { return cost; }
  public BigDecimal getDuration() { return duration; }
  public boolean isCanceled() { return canceled; }
  public void setCanceled(boolean canceled) { this.canceled = canceled; }
  public String getUserId() { return userId; }
}
