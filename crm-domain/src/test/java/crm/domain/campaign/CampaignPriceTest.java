package crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CampaignPriceTest {

  @Test
  void aPriceTheColumnCannotHoldIsRefusedInWords() {
    CampaignPrice price = new CampaignPrice("CP0001");
    price.setItemNo("1896-S");
    price.setUnitPrice(new BigDecimal("1000000000000"));

    InvalidInputException refused = assertThrows(InvalidInputException.class, price::check);

    assertThat(refused.key()).isEqualTo("campaignPrice.tooLarge");
    assertThat(refused.getMessage()).contains("1896-S").contains("1000000000000");
  }

  @Test
  void aMinimumQuantityTheColumnCannotHoldIsRefused() {
    CampaignPrice price = new CampaignPrice("CP0001");
    price.setItemNo("1896-S");
    price.setDiscountPercent(BigDecimal.TEN);
    price.setMinimumQuantity(new BigDecimal("5e15"));

    assertThat(assertThrows(InvalidInputException.class, price::check).key()).isEqualTo("campaignPrice.tooLarge");
  }

  @Test
  void theLargestPriceTheColumnHoldsIsAccepted() {
    CampaignPrice price = new CampaignPrice("CP0001");
    price.setItemNo("1896-S");
    price.setUnitPrice(new BigDecimal("999999999999.99"));

    price.check();

    assertThat(price.getUnitPrice()).isEqualByComparingTo("999999999999.99");
  }
}
