package crm.domain.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The record of one interaction with one contact (F-33). Logging a segment writes these in bulk
 * with SQL; the entity serves reading and the few single-record changes.
 */
@Entity
@Table(name = "interaction_log_entry")
public class InteractionLogEntry {

  @Id
  @Column(name = "entry_no")
  private long entryNo;

  @Column(name = "contact_no")
  private String contactNo;

  @Column(name = "contact_company_no")
  private String contactCompanyNo;

  @Column(name = "entry_date")
  private LocalDate date;

  @Column(name = "entry_time")
  private LocalTime time;

  @Column(name = "interaction_template_code")
  private String interactionTemplateCode;

  @Column(name = "interaction_group_code")
  private String interactionGroupCode;

  private String description;
  private String subject;

  @Column(name = "language_code")
  private String languageCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "correspondence_type")
  private CorrespondenceType correspondenceType;

  @Column(name = "salesperson_code")
  private String salespersonCode;

  @Column(name = "campaign_no")
  private String campaignNo;

  @Column(name = "campaign_target")
  private boolean campaignTarget;

  @Column(name = "campaign_response")
  private boolean campaignResponse;

  @Column(name = "segment_no")
  private String segmentNo;

  @Column(name = "logged_segment_no")
  private String loggedSegmentNo;

  private BigDecimal cost;
  private BigDecimal duration;

  @Enumerated(EnumType.STRING)
  @Column(name = "information_flow")
  private InformationFlow informationFlow;

  @Enumerated(EnumType.STRING)
  @Column(name = "initiated_by")
  private InitiatedBy initiatedBy;

  private String evaluation;
  private boolean canceled;
  private boolean postponed;

  @Column(name = "attempt_failed")
  private boolean attemptFailed;

  @Column(name = "delivery_status")
  private String deliveryStatus;

  @Column(name = "user_id")
  private String userId;

  /** The email this entry records the sending of (one entry per recipient contact), if any. */
  @Column(name = "email_id")
  private Long emailId;

  protected InteractionLogEntry() {}

  public long getEntryNo() { return entryNo; }
  public String getContactNo() { return contactNo; }
  public String getContactCompanyNo() { return contactCompanyNo; }
  public LocalDate getDate() { return date; }
  public LocalTime getTime() { return time; }
  public String getInteractionTemplateCode() { return interactionTemplateCode; }
  public String getInteractionGroupCode() { return interactionGroupCode; }
  public String getDescription() { return description; }
  public String getSubject() { return subject; }
  public String getLanguageCode() { return languageCode; }
  public CorrespondenceType getCorrespondenceType() { return correspondenceType; }
  public String getSalespersonCode() { return salespersonCode; }
  public String getCampaignNo() { return campaignNo; }
  public boolean isCampaignTarget() { return campaignTarget; }
  public boolean isCampaignResponse() { return campaignResponse; }
  public String getSegmentNo() { return segmentNo; }
  public String getLoggedSegmentNo() { return loggedSegmentNo; }
  public BigDecimal getCost() { return cost; }
  public BigDecimal getDuration() { return duration; }
  public InformationFlow getInformationFlow() { return informationFlow; }
  public InitiatedBy getInitiatedBy() { return initiatedBy; }
  public String getEvaluation() { return evaluation; }
  public boolean isCanceled() { return canceled; }
  public void setCanceled(boolean canceled) { this.canceled = canceled; }
  public boolean isPostponed() { return postponed; }
  public boolean isAttemptFailed() { return attemptFailed; }
  public String getDeliveryStatus() { return deliveryStatus; }
  public String getUserId() { return userId; }
  public Long getEmailId() { return emailId; }
}
