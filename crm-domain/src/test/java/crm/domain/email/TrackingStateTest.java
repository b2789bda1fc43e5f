package crm.domain.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TrackingStateTest {

  @Test
  void theSetupDecidesWhenNothingIsAskedAndARecipientWhoRefusesBlocksIt() {
    assertThat(TrackingState.decide(null, true, List.of())).isEqualTo(TrackingState.ON);
    assertThat(TrackingState.decide(null, false, List.of())).isEqualTo(TrackingState.OFF);
    assertThat(TrackingState.decide(null, true, List.of("CT1"))).isEqualTo(TrackingState.BLOCKED);
  }

  @Test
  void offIsAlwaysPossibleAndOnIsRefusedNamingWhoDoesNotAllowIt() {
    assertThat(TrackingState.decide(TrackingState.OFF, true, List.of("CT1"))).isEqualTo(TrackingState.OFF);
    assertThat(TrackingState.decide(TrackingState.ON, false, List.of())).isEqualTo(TrackingState.ON);
    InvalidInputException refused = assertThrows(InvalidInputException.class,
        () -> TrackingState.decide(TrackingState.ON, true, List.of("CT1", "CT7")));
    assertThat(refused.messageIn(Locale.ENGLISH)).contains("CT1, CT7");
    assertThat(refused.messageIn(Locale.FRENCH)).contains("n'acceptent pas le suivi").contains("CT1, CT7");
  }
}
