package crm.rest.interaction;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.interaction.InteractionLogEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** An interaction log entry as the API shows it. */
public record InteractionLogEntryDto(
    long entryNo, String contactNo, String contactCompanyNo, LocalDate date, LocalTime time,
    String interactionTemplateCode, String interactionGroupCode, String description, String subject,
    String languageCode, CorrespondenceType correspondenceType, String salespersonCode,
    String campaignNo, boolean campaignTarget, boolean campaignResponse, String segmentNo,
    String loggedSegmentNo, BigDecimal cost, BigDecimal duration, InformationFlow informationFlow,
    InitiatedBy initiatedBy, String evaluation, boolean canceled, boolean postponed,
    boolean attemptFailed, String deliveryStatus, Long emailId) {

  public static InteractionLogEntryDto from(InteractionLogEntry e) {
    return new InteractionLogEntryDto(e.getEntryNo(), e.getContactNo(), e.getContactCompanyNo(),
        e.getDate(), e.getTime(), e.getInteractionTemplateCode(), e.getInteractionGroupCode(),
        e.getDescription(), e.getSubject(), e.getLanguageCode(), e.getCorrespondenceType(),
        e.getSalespersonCode(), e.getCampaignNo(), e.isCampaignTarget(), e.isCampaignResponse(),
        e.getSegmentNo(), e.getLoggedSegmentNo(), e.getCost(), e.getDuration(),
        e.getInformationFlow(), e.getInitiatedBy(), e.getEvaluation(), e.isCanceled(),
        e.isPostponed(), e.isAttemptFailed(), e.getDeliveryStatus(), e.getEmailId());
  }
}
