package crm.domain.interaction;

import crm.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A kind of interaction (F-30): business letter, phone call, campaign response. Logging an
 * interaction copies its cost, duration, direction and campaign defaults into the log entry.
 */
@Audited("TEMPLATE")
@Entity
@Table(name = "interaction_template")
public class InteractionTemplate {

  @Id private String code;
  private String description;

  @Column(name = "interaction_group_code")
  private String interactionGroupCode;

  @Column(name = "unit_cost")
  private BigDecimal unitCost = BigDecimal.ZERO;

  @Column(name = "unit_duration")
  private BigDecimal unitDuration = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(name = "information_flow")
  private InformationFlow informationFlow;

  @Enumerated(EnumType.STRING)
  @Column(name = "initiated_by")
  private InitiatedBy initiatedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "correspondence_type")
  private CorrespondenceType correspondenceType;

  @Column(name = "language_code")
  private String languageCode;

  @Column(name = "campaign_no")
  private String campaignNo;

  @Column(name = "campaign_target")
  private boolean campaignTarget;

  @Column(name = "campaign_response")
  private boolean campaignResponse;

  @Column(name = "ignore_contact_corres_type")
  private boolean ignoreContactCorrespondenceType;

  @Version private int version;

  protected InteractionTemplate() {}

  public InteractionTemplate(String code) {
    this.code = code;
  }

  public String getCode() { return code; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getInteractionGroupCode() { return interactionGroupCode; }
  public void setInteractionGroupCode(String code) { this.interactionGroupCode = code; }
  public BigDecimal getUnitCost() { return unitCost; }
  public void setUnitCost(BigDecimal unitCost) { this.unitCost = unitCost; }
  public BigDecimal getUnitDuration() { return unitDuration; }
  public void setUnitDuration(BigDecimal unitDuration) { this.unitDuration = unitDuration; }
  public InformationFlow getInformationFlow() { return informationFlow; }
  public void setInformationFlow(InformationFlow flow) { this.informationFlow = flow; }
  public InitiatedBy getInitiatedBy() { return initiatedBy; }
  public void setInitiatedBy(InitiatedBy initiatedBy) { this.initiatedBy = initiatedBy; }
  public CorrespondenceType getCorrespondenceType() { return correspondenceType; }
  public void setCorrespondenceType(CorrespondenceType type) { this.correspondenceType = type; }
  public String getLanguageCode() { return languageCode; }
  public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
  public String getCampaignNo() { return campaignNo; }
  public void setCampaignNo(String campaignNo) { this.campaignNo = campaignNo; }
  public boolean isCampaignTarget() { return campaignTarget; }
  public void setCampaignTarget(boolean campaignTarget) { this.campaignTarget = campaignTarget; }
  public boolean isCampaignResponse() { return campaignResponse; }
  public void setCampaignResponse(boolean response) { this.campaignResponse = response; }
  public boolean isIgnoreContactCorrespondenceType() { return ignoreContactCorrespondenceType; }
  public void setIgnoreContactCorrespondenceType(boolean ignore) { this.ignoreContactCorrespondenceType = ignore; }
  public int getVersion() { return version; }
}
