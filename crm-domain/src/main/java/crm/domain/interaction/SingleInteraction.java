package crm.domain.interaction;

import crm.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The values of one interaction with one contact (F-32), as the wizard or the API gives them:
 * what is left empty comes from the template ({@link #withDefaults}). A postponed interaction
 * keeps them until it is resumed.
 */
public record SingleInteraction(
    String templateCode, String description, String subject, String languageCode,
    CorrespondenceType correspondenceType, Evaluation evaluation, boolean attemptFailed,
    String salespersonCode, String campaignNo, Boolean campaignTarget, Boolean campaignResponse,
    BigDecimal cost, BigDecimal duration, InformationFlow informationFlow, InitiatedBy initiatedBy,
    LocalDate date, LocalTime time) {

  private static final int TEXT_LENGTH = 200;

  /** The template's values where these are empty: description, cost, duration, flow, campaign … */
  public SingleInteraction withDefaults(InteractionTemplate t) {
    return new SingleInteraction(templateCode, or(description, t.getDescription()), subject,
        or(languageCode, t.getLanguageCode()), or(correspondenceType, t.getCorrespondenceType()), evaluation,
        attemptFailed, salespersonCode, or(campaignNo, t.getCampaignNo()), or(campaignTarget, t.isCampaignTarget()),
        or(campaignResponse, t.isCampaignResponse()), or(cost, t.getUnitCost()), or(duration, t.getUnitDuration()),
        or(informationFlow, t.getInformationFlow()), or(initiatedBy, t.getInitiatedBy()), date, time);
  }

  /** The same values, for another salesperson and at another date and time. */
  public SingleInteraction by(String salesperson, LocalDate onDate, LocalTime atTime) {
    return new SingleInteraction(templateCode, description, subject, languageCode, correspondenceType, evaluation,
        attemptFailed, salesperson, campaignNo, campaignTarget, campaignResponse, cost, duration, informationFlow,
        initiatedBy, onDate, atTime);
  }

  /** Refuses a missing template, a negative cost or duration, and texts too long. */
  public void check() {
    if (templateCode == null || templateCode.isBlank()) {
      throw new InvalidInputException("interaction.templateRequired");
    }
    if (negative(cost) || negative(duration)) {
      throw new InvalidInputException("interaction.negative");
    }
    if (longer(description) || longer(subject)) {
      throw new InvalidInputException("interaction.textTooLong", TEXT_LENGTH);
    }
  }

  private static boolean negative(BigDecimal value) {
    return value != null && value.signum() < 0;
  }

  private static boolean longer(String text) {
    return text != null && text.length() > TEXT_LENGTH;
  }

  private static <T> T or(T value, T fallback) {
    return value == null || (value instanceof String s && s.isBlank()) ? fallback : value;
  }
}
