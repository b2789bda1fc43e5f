package crm.rest.interaction;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.interaction.InteractionLogEntry;
import crm.service.email.EmailEngagement;
import crm.service.email.EngagementService;
import crm.service.shared.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;

/** An interaction log entry as the API shows it. */
public record InteractionLogEntryDto(
    long entryNo, String contactNo, String contactCompanyNo, LocalDate date, LocalTime time,
    String interactionTemplateCode, String interactionGroupCode, String description, String subject,
    String languageCode, CorrespondenceType correspondenceType, String salespersonCode,
    String campaignNo, boolean campaignTarget, boolean campaignResponse, String segmentNo,
    String loggedSegmentNo, BigDecimal cost, BigDecimal duration, InformationFlow informationFlow,
    InitiatedBy initiatedBy, String evaluation, boolean canceled, boolean postponed,
    boolean attemptFailed, String deliveryStatus, Long emailId, EngagementDto engagement) {

  /** What people did with the entry's email (tracked emails only): opened, clicked, replied, first opened. */
  public record EngagementDto(boolean opened, boolean clicked, boolean replied, Instant firstOpenedAt) {}

  /** The entry; its email's engagement when it has an email ({@code null}: none recorded yet). */
  public static InteractionLogEntryDto from(InteractionLogEntry e, EmailEngagement engagement) {
    return new InteractionLogEntryDto(e.getEntryNo(), e.getContactNo(), e.getContactCompanyNo(),
        e.getDate(), e.getTime(), e.getInteractionTemplateCode(), e.getInteractionGroupCode(),
        e.getDescription(), e.getSubject(), e.getLanguageCode(), e.getCorrespondenceType(),
        e.getSalespersonCode(), e.getCampaignNo(), e.isCampaignTarget(), e.isCampaignResponse(),
        e.getSegmentNo(), e.getLoggedSegmentNo(), e.getCost(), e.getDuration(),
        e.getInformationFlow(), e.getInitiatedBy(), e.getEvaluation(), e.isCanceled(),
        e.isPostponed(), e.isAttemptFailed(), e.getDeliveryStatus(), e.getEmailId(),
        e.getEmailId() == null ? null : engagementOf(engagement == null ? EmailEngagement.NONE : engagement));
  }

  /** A page of entries with their emails' engagement, read in one query. */
  public static Page<InteractionLogEntryDto> page(Page<InteractionLogEntry> entries, EngagementService engagement) {
    Map<Long, EmailEngagement> byEmail = engagement.ofEmails(entries.items().stream()
        .map(InteractionLogEntry::getEmailId).filter(Objects::nonNull).distinct().toList());
    return entries.map(e -> from(e, e.getEmailId() == null ? null : byEmail.get(e.getEmailId())));
  }

  private static EngagementDto engagementOf(EmailEngagement engagement) {
    return new EngagementDto(engagement.opened(), engagement.clicked(), engagement.replied(),
        engagement.firstHumanOpenAt());
  }
}
