package crm.domain.campaign;

import crm.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A campaign's sales price or line discount for an item (F-13), from a minimum quantity. It has no
 * dates of its own: it is valid on the campaign's dates, so they change only on the campaign card.
 */
@Entity
@Table(name = "campaign_price")
public class CampaignPrice {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The columns hold 12 digits before the decimal point. */
  private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(12);

  @Id
  @SequenceGenerator(name = "campaign_price_seq", sequenceName = "campaign_price_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_price_seq")
  private long id;

  @Column(name = "campaign_no") private String campaignNo;
  @Column(name = "item_no") private String itemNo;
  @Column(name = "item_description") private String itemDescription;
  @Column(name = "unit_price") private BigDecimal unitPrice;
  @Column(name = "discount_percent") private BigDecimal discountPercent;
  @Column(name = "minimum_quantity") private BigDecimal minimumQuantity = BigDecimal.ZERO;
  @Version private int version;

  protected CampaignPrice() {}

  public CampaignPrice(String campaignNo) {
    this.campaignNo = campaignNo;
  }

  /** Refuses a price without item, without price nor discount, negative, too large, or a discount over 100 %. */
  public void check() {
    if (itemNo == null || itemNo.isBlank()) {
      throw new InvalidInputException("campaignPrice.itemRequired");
    }
    if (unitPrice == null && discountPercent == null) {
      throw new InvalidInputException("campaignPrice.priceOrDiscount", itemNo);
    }
    if (negative(unitPrice) || negative(discountPercent) || negative(minimumQuantity)) {
      throw new InvalidInputException("campaignPrice.negative", itemNo);
    }
    if (tooLarge(unitPrice) || tooLarge(minimumQuantity)) {
      throw new InvalidInputException("campaignPrice.tooLarge", itemNo, TOO_LARGE);
    }
    if (discountPercent != null && discountPercent.compareTo(HUNDRED) > 0) {
      throw new InvalidInputException("campaignPrice.discountOver100", itemNo, discountPercent);
    }
  }

  private static boolean negative(BigDecimal value) {
    return value != null && value.signum() < 0;
  }

  private static boolean tooLarge(BigDecimal value) {
    return value != null && value.compareTo(TOO_LARGE) >= 0;
  }

  public long getId() { return id; }
  public String getCampaignNo() { return campaignNo; }
  public String getItemNo() { return itemNo; }
  public void setItemNo(String itemNo) { this.itemNo = itemNo; }
  public String getItemDescription() { return itemDescription; }
  public void setItemDescription(String itemDescription) { this.itemDescription = itemDescription; }
  public BigDecimal getUnitPrice() { return unitPrice; }
  public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
  public BigDecimal getDiscountPercent() { return discountPercent; }
  public void setDiscountPercent(BigDecimal discountPercent) { this.discountPercent = discountPercent; }
  public BigDecimal getMinimumQuantity() { return minimumQuantity; }
  public void setMinimumQuantity(BigDecimal quantity) { this.minimumQuantity = quantity == null ? BigDecimal.ZERO : quantity; }
  public int getVersion() { return version; }
}
