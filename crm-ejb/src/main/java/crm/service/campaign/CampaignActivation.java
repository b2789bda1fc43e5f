package crm.service.campaign;

import crm.domain.campaign.Campaign;
import crm.domain.security.Roles;
import crm.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Activates a campaign (F-13): its target group becomes the contacts of its unlogged segment lines
 * and its logged interactions marked campaign target, each person through its company, without
 * duplicates, in one statement; Deactivate empties it. Contacts marked afterwards count from the
 * next Activate.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class CampaignActivation {

  @PersistenceContext private EntityManager em;
  @Inject private CampaignService campaigns;

  /** Takes the campaign's targets anew; refuses, changing nothing, when it has none. Answers how many. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public int activate(String campaignNo) {
    Campaign campaign = campaigns.get(campaignNo);
    empty(campaignNo);
    int targets = em.createNativeQuery("insert into campaign_target_group (campaign_no, contact_no)"
            + " select distinct ?1, coalesce(c.company_no, c.no) from ("
            + " select l.contact_no from segment_line l join segment s on s.no = l.segment_no"
            + " where s.campaign_no = ?2 and s.logged_segment_no is null and l.campaign_target"
            + " union select e.contact_no from interaction_log_entry e where e.campaign_no = ?3"
            + " and e.campaign_target and e.logged_segment_no is not null and not e.canceled) t"
            + " join contact c on c.no = t.contact_no")
        .setParameter(1, campaignNo).setParameter(2, campaignNo).setParameter(3, campaignNo).executeUpdate();
    if (targets == 0) {
      throw new InvalidInputException("campaign.noTargets", campaignNo);
    }
    campaign.setActivated(true);
    return targets;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public void deactivate(String campaignNo) {
    campaigns.get(campaignNo).setActivated(false);
    empty(campaignNo);
  }

  /** How many contacts the campaign's target group holds. */
  public long targets(String campaignNo) {
    campaigns.get(campaignNo);
    return ((Number) em.createNativeQuery("select count(*) from campaign_target_group where campaign_no = ?1")
        .setParameter(1, campaignNo).getSingleResult()).longValue();
  }

  private void empty(String campaignNo) {
    em.createNativeQuery("delete from campaign_target_group where campaign_no = ?1")
        .setParameter(1, campaignNo).executeUpdate();
  }
}
