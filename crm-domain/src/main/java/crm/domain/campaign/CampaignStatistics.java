package crm.domain.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of a campaign (F-12), counted over its interaction log entries that are not
 * canceled: target contacts contacted, contacts that responded, interactions, cost, duration.
 */
public record CampaignStatistics(
    long targetContactsContacted,
    long contactsResponded,
    long noOfInteractions,
    BigDecimal cost,
    BigDecimal duration) {

  /** Responding contacts per contacted target, in percent (0 when no target was contacted). */
  public BigDecimal responseRate() {
    if (targetContactsContacted == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(contactsResponded * 100)
        .divide(BigDecimal.valueOf(targetContactsContacted), 1, RoundingMode.HALF_UP);
  }
}
