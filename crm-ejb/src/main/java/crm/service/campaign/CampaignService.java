package crm.service.campaign;

import crm.domain.security.Roles;
import crm.domain.campaign.Campaign;
import crm.domain.campaign.CampaignStatistics;
import crm.domain.setup.CodeTable;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.ConflictException;
import crm.domain.shared.RecordVersion;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.setup.CodeService;
import crm.service.setup.SalespersonService;
import crm.service.setup.NumberSeriesService;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import crm.service.shared.References;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Campaigns (F-10): create, change, delete when unused, and their figures (F-12); entries: {@link CampaignEntryService}. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class CampaignService {

  @PersistenceContext private EntityManager em;
  @Inject private NumberSeriesService numberSeries;
  @Inject private CodeService codes;
  @Inject private SalespersonService salespeople;

  public Page<Campaign> list(ListRequest request) {
    return new Listing<>(em, Campaign.class, "no").list(request);
  }

  public Optional<Campaign> find(String no) {
    return Optional.ofNullable(em.find(Campaign.class, no));
  }

  public Campaign get(String no) {
    return find(no).orElseThrow(() -> new UnknownRecordException("campaign.unknown", no));
  }

  /** Creates a campaign; without a number it takes the next one of the campaign series. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public Campaign create(String no, Consumer<Campaign> values) {
    String number = no == null || no.isBlank() ? numberSeries.next(NumberSeries.CAMPAIGN) : no;
    if (find(number).isPresent()) {
      throw new ConflictException("campaign.duplicate", number);
    }
    Campaign campaign = new Campaign(number);
    values.accept(campaign);
    check(campaign);
    em.persist(campaign);
    return campaign;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public Campaign update(String no, Integer expectedVersion, Consumer<Campaign> changes) {
    Campaign campaign = get(no);
    RecordVersion.check(no, expectedVersion, campaign.getVersion());
    changes.accept(campaign);
    check(campaign);
    return campaign;
  }

  /** Deletes a campaign that has no entries and no segment linked to it. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public void delete(String no) {
    Campaign campaign = get(no);
    if (References.exist(em, List.of("campaign_entry", "segment", "interaction_template", "to_do"), "campaign_no", no)) {
      throw new ConflictException("campaign.inUse", no);
    }
    em.remove(campaign);
  }

  /** The campaign's figures (F-12), from its interaction log entries that are not canceled (nor postponed). */
  public CampaignStatistics statistics(String campaignNo) {
    get(campaignNo);
    Object[] row = (Object[]) em.createNativeQuery(
            "select count(distinct case when campaign_target then contact_no end),"
                + " count(distinct case when campaign_response then contact_no end),"
                + " count(*), coalesce(sum(cost), 0), coalesce(sum(duration), 0)"
                + " from interaction_log_entry where campaign_no = ?1 and canceled = false and postponed = false")
        .setParameter(1, campaignNo)
        .getSingleResult();
    return new CampaignStatistics(
        ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
        new java.math.BigDecimal(row[3].toString()), new java.math.BigDecimal(row[4].toString()));
  }

  private void check(Campaign campaign) {
    if (campaign.getDescription() == null || campaign.getDescription().isBlank()) {
      throw new InvalidInputException("campaign.descriptionRequired");
    }
    if (campaign.getStatusCode() != null) {
      codes.get(CodeTable.CAMPAIGN_STATUS, campaign.getStatusCode());
    }
    if (campaign.getSalespersonCode() != null) {
      salespeople.getSalesperson(campaign.getSalespersonCode());
    }
  }
}
