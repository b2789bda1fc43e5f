package crm.rest.interaction;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.interaction.InteractionTemplate;
import java.math.BigDecimal;

/** An interaction template as the API shows and takes it. */
public record InteractionTemplateDto(
    String code, String description, String interactionGroupCode, BigDecimal unitCost,
    BigDecimal unitDuration, InformationFlow informationFlow, InitiatedBy initiatedBy,
    CorrespondenceType correspondenceType, String languageCode, String campaignNo,
    Boolean campaignTarget, Boolean campaignResponse, Boolean ignoreContactCorrespondenceType,
    Integer version) {

  static InteractionTemplateDto from(InteractionTemplate t) {
    return new InteractionTemplateDto(t.getCode(), t.getDescription(), t.getInteractionGroupCode(),
        t.getUnitCost(), t.getUnitDuration(), t.getInformationFlow(), t.getInitiatedBy(),
        t.getCorrespondenceType(), t.getLanguageCode(), t.getCampaignNo(), t.isCampaignTarget(),
        t.isCampaignResponse(), t.isIgnoreContactCorrespondenceType(), t.getVersion());
  }

  void applyTo(InteractionTemplate t) {
    t.setDescription(description);
    t.setInteractionGroupCode(interactionGroupCode);
    t.setUnitCost(unitCost == null ? BigDecimal.ZERO : unitCost);
    t.setUnitDuration(unitDuration == null ? BigDecimal.ZERO : unitDuration);
    t.setInformationFlow(informationFlow);
    t.setInitiatedBy(initiatedBy);
    t.setCorrespondenceType(correspondenceType);
    t.setLanguageCode(languageCode);
    t.setCampaignNo(campaignNo);
    t.setCampaignTarget(Boolean.TRUE.equals(campaignTarget));
    t.setCampaignResponse(Boolean.TRUE.equals(campaignResponse));
    t.setIgnoreContactCorrespondenceType(Boolean.TRUE.equals(ignoreContactCorrespondenceType));
  }
}
