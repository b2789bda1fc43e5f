package crm.rest.campaign;

import crm.domain.campaign.CampaignStatistics;
import java.math.BigDecimal;

/** A campaign's figures (F-12). */
public record CampaignStatisticsDto(
    long targetContactsContacted, long contactsResponded, long noOfInteractions, BigDecimal cost,
    BigDecimal duration, BigDecimal responseRate) {

  static CampaignStatisticsDto from(CampaignStatistics s) {
    return new CampaignStatisticsDto(s.targetContactsContacted(), s.contactsResponded(),
        s.noOfInteractions(), s.cost(), s.duration(), s.responseRate());
  }
}
