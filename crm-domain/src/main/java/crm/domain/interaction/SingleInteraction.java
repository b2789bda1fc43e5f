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
  /** The columns hold 12 digits, 2 of them decimals. */
  private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(10);
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;

  /**
   * The template's values where these are empty (description, cost, duration, flow, campaign …),
   * and the language given (the contact's or the template's) where none is.
   */
  public SingleInteraction withDefaults(InteractionTemplate t, String language) {
    return new SingleInteraction(templateCode, or(description, t.getDescription()), subject,
        or(languageCode, language), or(correspondenceType, t.getCorrespondenceType()), evaluation,
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

  /** Refuses a missing template, a negative or huge cost or duration, texts too long, a date out of range. */
  public void check() {
    if (templateCode == null || templateCode.isBlank()) {
      throw new InvalidInputException("interaction.templateRequired");
    }
    if (negative(cost) || negative(duration)) {
      throw new InvalidInputException("interaction.negative");
    }
    if (tooLarge(cost) || tooLarge(duration)) {
      throw new InvalidInputException("interaction.tooLarge", TOO_LARGE);
    }
    if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
      throw new InvalidInputException("interaction.badDate", date, FIRST_YEAR, LAST_YEAR);
    }
    if (longer(description) || longer(subject)) {
      throw new InvalidInputException("interaction.textTooLong", TEXT_LENGTH);
    }
  }

  private static boolean negative(BigDecimal value) {
    return value != null && value.signum() < 0;
  }

  private static boolean tooLarge(BigDecimal value) {
    return value != null && value.compareTo(TOO_LARGE) >= 0;
  }

  private static boolean longer(String text) {
    return text != null && text.length() > TEXT_LENGTH;
  }

  private static <T> T or(T value, T fallback) {
    return value == null || (value instanceof String s && s.isBlank()) ? fallback : value;
  }
}
