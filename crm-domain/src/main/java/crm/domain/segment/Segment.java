package crm.domain.segment;

import crm.domain.audit.Audited;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A segment (F-20): a list of contacts built step by step with filters, for one interaction such
 * as a mailing. Its header holds the interaction defaults that flow to the lines. Once logged it
 * is kept for reference but can no longer change.
 */
@Audited("SEGMENT")
@Entity
public class Segment {

  @Id private String no;
  private String description;

  @Column(name = "segment_date")
  private LocalDate date;

  @Column(name = "salesperson_code")
  private String salespersonCode;

  @Column(name = "campaign_no")
  private String campaignNo;

  @Column(name = "campaign_target")
  private boolean campaignTarget;

  @Column(name = "campaign_response")
  private boolean campaignResponse;

  @Column(name = "interaction_template_code")
  private String interactionTemplateCode;

  private String subject;

  @Column(name = "language_code")
  private String languageCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "correspondence_type")
  private CorrespondenceType correspondenceType;

  @Column(name = "ignore_contact_corres_type")
  private boolean ignoreContactCorrespondenceType;

  @Column(name = "logged_segment_no")
  private String loggedSegmentNo;

  @Version private int version;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  protected Segment() {}

  public Segment(String no) {
    this.no = no;
  }

  /** Refuses any change to a segment that has been logged. */
  public void checkNotLogged() {
    if (loggedSegmentNo != null) {
      throw new ConflictException("segment.alreadyLogged", no, loggedSegmentNo);
    }
  }

  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = LocalDateTime.now();
    if (createdAt == null) {
      createdAt = updatedAt;
    }
  }

  public String getNo() { return no; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate date) { this.date = date; }
  public String getSalespersonCode() { return salespersonCode; }
  public void setSalespersonCode(String salespersonCode) { this.salespersonCode = salespersonCode; }
  public String getCampaignNo() { return campaignNo; }
  public void setCampaignNo(String campaignNo) { this.campaignNo = campaignNo; }
  public boolean isCampaignTarget() { return campaignTarget; }
  public void setCampaignTarget(boolean campaignTarget) { this.campaignTarget = campaignTarget; }
  public boolean isCampaignResponse() { return campaignResponse; }
  public void setCampaignResponse(boolean response) { this.campaignResponse = response; }
  public String getInteractionTemplateCode() { return interactionTemplateCode; }
  public void setInteractionTemplateCode(String code) { this.interactionTemplateCode = code; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getLanguageCode() { return languageCode; }
  public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
  public CorrespondenceType getCorrespondenceType() { return correspondenceType; }
  public void setCorrespondenceType(CorrespondenceType type) { this.correspondenceType = type; }
  public boolean isIgnoreContactCorrespondenceType() { return ignoreContactCorrespondenceType; }
  public void setIgnoreContactCorrespondenceType(boolean ignore) { this.ignoreContactCorrespondenceType = ignore; }
  public String getLoggedSegmentNo() { return loggedSegmentNo; }
  public int getVersion() { return version; }
}
