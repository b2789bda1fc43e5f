package crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignTest {

  private static final LocalDate SHOW_START = LocalDate.of(2026, 3, 10);
  private static final LocalDate SHOW_END = LocalDate.of(2026, 3, 14);

  @Test
  void setPeriodKeepsTheStartingAndEndingDates() {
    Campaign campaign = new Campaign("CP0001");

    campaign.setPeriod(SHOW_START, SHOW_END);

    assertThat(campaign.getStartingDate()).isEqualTo(SHOW_START);
    assertThat(campaign.getEndingDate()).isEqualTo(SHOW_END);
  }

  @Test
  void setPeriodRefusesAnEndingDateBeforeTheStartingDate() {
    Campaign campaign = new Campaign("CP0001");

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> campaign.setPeriod(SHOW_END, SHOW_START));

    assertThat(refused.key()).isEqualTo("campaign.endBeforeStart");
    assertThat(refused.getMessage()).contains("03/10/2026").contains("03/14/2026");
  }

  @Test
  void aRefusedPeriodLeavesTheOldPeriodInPlace() {
    Campaign campaign = new Campaign("CP0001");
    campaign.setPeriod(SHOW_START, SHOW_END);

    assertThrows(
        InvalidInputException.class,
        () -> campaign.setPeriod(SHOW_END, SHOW_END.minusDays(1)));

    assertThat(campaign.getStartingDate()).isEqualTo(SHOW_START);
    assertThat(campaign.getEndingDate()).isEqualTo(SHOW_END);
  }

  @Test
  void setPeriodAcceptsAOneDayCampaign() {
    Campaign campaign = new Campaign("CP0001");

    campaign.setPeriod(SHOW_START, SHOW_START);

    assertThat(campaign.getStartingDate()).isEqualTo(SHOW_START);
    assertThat(campaign.getEndingDate()).isEqualTo(SHOW_START);
  }

  @Test
  void setPeriodAcceptsOpenEnds() {
    Campaign openEnded = new Campaign("CP0001");
    openEnded.setPeriod(SHOW_START, null);
    Campaign openStart = new Campaign("CP0002");
    openStart.setPeriod(null, SHOW_END);
    Campaign undated = new Campaign("CP0003");
    undated.setPeriod(null, null);

    assertThat(openEnded.getStartingDate()).isEqualTo(SHOW_START);
    assertThat(openEnded.getEndingDate()).isNull();
    assertThat(openStart.getStartingDate()).isNull();
    assertThat(openStart.getEndingDate()).isEqualTo(SHOW_END);
    assertThat(undated.getStartingDate()).isNull();
    assertThat(undated.getEndingDate()).isNull();
  }
}
