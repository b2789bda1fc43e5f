package crm.web.interaction;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.Evaluation;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.interaction.InteractionTemplate;
import crm.domain.interaction.SingleInteraction;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/** The values the Create interaction wizard edits; choosing a template puts its defaults in. */
public class InteractionForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private String templateCode;
  private String description;
  private String subject;
  private String languageCode;
  private CorrespondenceType correspondenceType;
  private Evaluation evaluation;
  private boolean attemptFailed;
  private String salespersonCode;
  private String campaignNo;
  private boolean campaignTarget;
  private boolean campaignResponse;
  private BigDecimal cost;
  private BigDecimal duration;
  private InformationFlow informationFlow;
  private InitiatedBy initiatedBy;
  private LocalDate date;
  private LocalTime time;

  static InteractionForm of(SingleInteraction v) {
    InteractionForm f = new InteractionForm();
    f.templateCode = v.templateCode();
    f.description = v.description();
    f.subject = v.subject();
    f.languageCode = v.languageCode();
    f.correspondenceType = v.correspondenceType();
    f.evaluation = v.evaluation();
    f.attemptFailed = v.attemptFailed();
    f.salespersonCode = v.salespersonCode();
    f.campaignNo = v.campaignNo();
    f.campaignTarget = Boolean.TRUE.equals(v.campaignTarget());
    f.campaignResponse = Boolean.TRUE.equals(v.campaignResponse());
    f.cost = v.cost();
    f.duration = v.duration();
    f.informationFlow = v.informationFlow();
    f.initiatedBy = v.initiatedBy();
    f.date = v.date();
    f.time = v.time();
    return f;
  }

  /** A new interaction: today, now to the minute, by the caller's salesperson. */
  void startNow(Clock clock, String callerSalespersonCode) {
    date = LocalDate.now(clock);
    salespersonCode = callerSalespersonCode;
    time = LocalTime.now(clock).withSecond(0).withNano(0);
  }

  /** The template's defaults in place of the values it has, and the language found for the contact. */
  void useTemplate(InteractionTemplate t, String language) {
    description = t.getDescription();
    languageCode = language;
    correspondenceType = t.getCorrespondenceType();
    campaignNo = t.getCampaignNo();
    campaignTarget = t.isCampaignTarget();
    campaignResponse = t.isCampaignResponse();
    cost = t.getUnitCost();
    duration = t.getUnitDuration();
    informationFlow = t.getInformationFlow();
    initiatedBy = t.getInitiatedBy();
  }

  SingleInteraction values() {
    return new SingleInteraction(templateCode, description, subject, languageCode, correspondenceType, evaluation,
        attemptFailed, salespersonCode, campaignNo, campaignTarget, campaignResponse, cost, duration, informationFlow,
        initiatedBy, date, time);
  }

  public String getTemplateCode() { return templateCode; }
  public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getLanguageCode() { return languageCode; }
  public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
  public CorrespondenceType getCorrespondenceType() { return correspondenceType; }
  public void setCorrespondenceType(CorrespondenceType type) { this.correspondenceType = type; }
  public Evaluation getEvaluation() { return evaluation; }
  public void setEvaluation(Evaluation evaluation) { this.evaluation = evaluation; }
  public boolean isAttemptFailed() { return attemptFailed; }
  public void setAttemptFailed(boolean attemptFailed) { this.attemptFailed = attemptFailed; }
  public String getSalespersonCode() { return salespersonCode; }
  public void setSalespersonCode(String salespersonCode) { this.salespersonCode = salespersonCode; }
  public String getCampaignNo() { return campaignNo; }
  public void setCampaignNo(String campaignNo) { this.campaignNo = campaignNo; }
  public boolean isCampaignTarget() { return campaignTarget; }
  public void setCampaignTarget(boolean campaignTarget) { this.campaignTarget = campaignTarget; }
  public boolean isCampaignResponse() { return campaignResponse; }
  public void setCampaignResponse(boolean campaignResponse) { this.campaignResponse = campaignResponse; }
  public BigDecimal getCost() { return cost; }
  public void setCost(BigDecimal cost) { this.cost = cost; }
  public BigDecimal getDuration() { return duration; }
  public void setDuration(BigDecimal duration) { this.duration = duration; }
  public InformationFlow getInformationFlow() { return informationFlow; }
  public void setInformationFlow(InformationFlow flow) { this.informationFlow = flow; }
  public InitiatedBy getInitiatedBy() { return initiatedBy; }
  public void setInitiatedBy(InitiatedBy initiatedBy) { this.initiatedBy = initiatedBy; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate date) { this.date = date; }
  public LocalTime getTime() { return time; }
  public void setTime(LocalTime time) { this.time = time; }
}
