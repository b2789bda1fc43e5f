package crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignStatisticsTest {

  private static CampaignStatistics statistics(long targetsContacted, long responded) {
    return new CampaignStatistics(targetsContacted, responded, 0, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  @ParameterizedTest
  @CsvSource({
    "4, 1, 25.0",
    "3, 1, 33.3",
    "3, 2, 66.7",
    "8, 1, 12.5",
    "200, 1, 0.5",
    "57, 57, 100.0",
    "10, 0, 0.0"
  })
  void responseRateIsRespondersPerContactedTargetInPercentWithOneDecimal(
      long targets, long responded, String rate) {
    assertThat(statistics(targets, responded).responseRate()).isEqualTo(new BigDecimal(rate));
  }

  @Test
  void responseRateIsZeroWhenNoTargetWasContacted() {
    assertThat(statistics(0, 0).responseRate()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(statistics(0, 3).responseRate()).isEqualByComparingTo(BigDecimal.ZERO);
  }
}
