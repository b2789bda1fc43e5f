package crm.service.campaign;

import crm.domain.campaign.CampaignPrice;
import crm.domain.security.Roles;
import crm.domain.shared.UnknownRecordException;
import crm.service.contact.ContactService;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A campaign's prices and line discounts (F-13), and the lookup of the best of them for an item,
 * a contact, a date and a quantity: only campaigns that are activated, run on that date and have
 * the contact (or its company) in their target group count.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class CampaignPrices {

  /** The lowest unit price and the highest discount found, each with its campaign; nulls when none applies. */
  public record BestPrice(BigDecimal unitPrice, String unitPriceCampaignNo, BigDecimal discountPercent,
      String discountCampaignNo) {}

  private static final String APPLYING = " from campaign_price p join campaign c on c.no = p.campaign_no"
      + " join campaign_target_group g on g.campaign_no = c.no"
      + " where p.item_no = ?1 and c.activated and p.minimum_quantity <= ?2"
      + " and (c.starting_date is null or c.starting_date <= ?3) and (c.ending_date is null or c.ending_date >= ?4)"
      + " and g.contact_no in (select x.no from contact x where x.no = ?5"
      + " union select x.company_no from contact x where x.no = ?6 and x.company_no is not null)";

  @PersistenceContext private EntityManager em;
  @Inject private CampaignService campaigns;
  @Inject private ContactService contacts;

  public Page<CampaignPrice> list(String campaignNo, ListRequest request) {
    campaigns.get(campaignNo);
    return new Listing<>(em, CampaignPrice.class, "itemNo").list(request.whereEqual("campaignNo", campaignNo));
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public CampaignPrice add(String campaignNo, Consumer<CampaignPrice> values) {
    campaigns.get(campaignNo);
    CampaignPrice price = new CampaignPrice(campaignNo);
    values.accept(price);
    price.check();
    em.persist(price);
    return price;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public CampaignPrice update(String campaignNo, long id, Consumer<CampaignPrice> changes) {
    CampaignPrice price = get(campaignNo, id);
    changes.accept(price);
    price.check();
    return price;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public void delete(String campaignNo, long id) {
    em.remove(get(campaignNo, id));
  }

  public CampaignPrice get(String campaignNo, long id) {
    CampaignPrice price = em.find(CampaignPrice.class, id);
    if (price == null || !price.getCampaignNo().equals(campaignNo)) {
      throw new UnknownRecordException("campaignPrice.unknown", campaignNo, id);
    }
    return price;
  }

  /** The best price and discount for {@code quantity} of the item for the contact on the date. */
  public BestPrice lookup(String itemNo, String contactNo, LocalDate date, BigDecimal quantity) {
    contacts.get(contactNo);
    Object[] price = best("p.unit_price", "p.unit_price is not null order by p.unit_price asc", itemNo, contactNo, date, quantity);
    Object[] discount = best("p.discount_percent", "p.discount_percent is not null order by p.discount_percent desc",
        itemNo, contactNo, date, quantity);
    return new BestPrice(price == null ? null : (BigDecimal) price[0], price == null ? null : (String) price[1],
        discount == null ? null : (BigDecimal) discount[0], discount == null ? null : (String) discount[1]);
  }

  private Object[] best(String column, String order, String itemNo, String contactNo, LocalDate date, BigDecimal quantity) {
    List<?> rows = em.createNativeQuery("select " + column + ", c.no" + APPLYING + " and " + order + ", c.no limit 1")
        .setParameter(1, itemNo).setParameter(2, quantity).setParameter(3, date).setParameter(4, date)
        .setParameter(5, contactNo).setParameter(6, contactNo).getResultList();
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }
}
