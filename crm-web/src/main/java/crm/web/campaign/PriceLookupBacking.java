package crm.web.campaign;

import crm.service.campaign.CampaignPrices;
import crm.service.campaign.CampaignPrices.BestPrice;
import crm.web.shared.Feedback;
import crm.web.shared.UserZone;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * campaign/price-lookup.xhtml (F-13): the best campaign price and line discount for an item, a
 * contact, a date and a quantity, each with the campaign that gives it, or why there is none.
 */
@Named
@ViewScoped
public class PriceLookupBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CampaignPrices prices;
  @Inject private Clock clock;
  @Inject private UserZone zone;
  private String itemNo;
  private String contactNo;
  private LocalDate date;
  private BigDecimal quantity = BigDecimal.ONE;
  private BestPrice result;

  @PostConstruct
  void init() {
    date = LocalDate.now(clock.withZone(zone.getZone()));
  }

  public void lookUp() {
    result = Feedback.call(() -> prices.lookup(itemNo.strip(), contactNo, date, quantity), null);
  }

  /** True once a lookup answered and found neither a price nor a discount. */
  public boolean isNothingFound() {
    return result != null && result.unitPrice() == null && result.discountPercent() == null;
  }

  public String getItemNo() { return itemNo; }
  public void setItemNo(String itemNo) { this.itemNo = itemNo; }
  public String getContactNo() { return contactNo; }
  public void setContactNo(String contactNo) { this.contactNo = contactNo; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate date) { this.date = date; }
  public BigDecimal getQuantity() { return quantity; }
  public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
  public BestPrice getResult() { return result; }
}
