package crm.rest.interaction;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.Evaluation;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.interaction.SingleInteraction;
import crm.rest.shared.Blanks;
import crm.service.email.InteractionSendingService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Create interaction for one contact: what is left out comes from the template; {@code postponed:
 * true} keeps it as a postponed interaction; {@code sendAttachment: true} sends the template's text
 * as a letter or an email, as its correspondence type asks, with {@code letterSubject} and
 * {@code letterBody} in place of the template's when given (nothing is sent while postponed).
 */
public record SingleInteractionDto(
    String interactionTemplateCode, String description, String subject, String languageCode,
    CorrespondenceType correspondenceType, Evaluation evaluation, Boolean attemptFailed, String salespersonCode,
    String campaignNo, Boolean campaignTarget, Boolean campaignResponse, BigDecimal cost, BigDecimal duration,
    InformationFlow informationFlow, InitiatedBy initiatedBy, LocalDate date, LocalTime time, Boolean postponed,
    Boolean sendAttachment, String letterSubject, String letterBody) {

  SingleInteraction values() {
    return new SingleInteraction(Blanks.toNull(interactionTemplateCode), description, subject,
        Blanks.toNull(languageCode), correspondenceType, evaluation, Boolean.TRUE.equals(attemptFailed),
        Blanks.toNull(salespersonCode), Blanks.toNull(campaignNo), campaignTarget, campaignResponse, cost, duration,
        informationFlow, initiatedBy, date, time);
  }

  boolean isSendAttachment() {
    return Boolean.TRUE.equals(sendAttachment);
  }

  /** The text edited for this interaction, or null: the template's. */
  InteractionSendingService.Text text() {
    return letterSubject == null && letterBody == null ? null : new InteractionSendingService.Text(letterSubject, letterBody);
  }

  boolean isPostponed() {
    return Boolean.TRUE.equals(postponed);
  }
}
