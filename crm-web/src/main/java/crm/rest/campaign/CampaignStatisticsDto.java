package crm.rest.campaign;

import crm.domain.campaign.CampaignStatistics;
import crm.domain.email.EmailStatistics;
import java.math.BigDecimal;

/**
 * A campaign's figures (F-12), with its emails (SPEC part 2): sent, and opened, clicked and
 * replied to by a person (distinct emails), and the machine events counted apart.
 */
public record CampaignStatisticsDto(
    long targetContactsContacted, long contactsResponded, long noOfInteractions, BigDecimal cost,
    BigDecimal duration, BigDecimal responseRate, long emailsSent, long emailsOpened, long emailsClicked,
    long emailsReplied, long machineEvents) {

  static CampaignStatisticsDto from(CampaignStatistics s, EmailStatistics e) {
    return new CampaignStatisticsDto(s.targetContactsContacted(), s.contactsResponded(),
        s.noOfInteractions(), s.cost(), s.duration(), s.responseRate(), e.emailsSent(), e.emailsOpened(),
        e.emailsClicked(), e.emailsReplied(), e.machineEvents());
  }
}
