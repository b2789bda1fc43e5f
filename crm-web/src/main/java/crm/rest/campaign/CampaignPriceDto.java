package crm.rest.campaign;

import crm.domain.campaign.CampaignPrice;
import crm.rest.shared.Blanks;
import java.math.BigDecimal;

/** A campaign's price or line discount for an item; its dates are the campaign's. */
public record CampaignPriceDto(Long id, String campaignNo, String itemNo, String itemDescription, BigDecimal unitPrice,
    BigDecimal discountPercent, BigDecimal minimumQuantity, Integer version) {

  static CampaignPriceDto from(CampaignPrice p) {
    return new CampaignPriceDto(p.getId(), p.getCampaignNo(), p.getItemNo(), p.getItemDescription(), p.getUnitPrice(),
        p.getDiscountPercent(), p.getMinimumQuantity(), p.getVersion());
  }

  void applyTo(CampaignPrice p) {
    p.setItemNo(Blanks.toNull(itemNo));
    p.setItemDescription(Blanks.toNull(itemDescription));
    p.setUnitPrice(unitPrice);
    p.setDiscountPercent(discountPercent);
    p.setMinimumQuantity(minimumQuantity);
  }
}
