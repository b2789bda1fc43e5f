package crm.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterheadTest {

  @Test
  void writesTheReturnAddressOnOneLine() {
    Letterhead head =
        new Letterhead(
            "Lumière & Co. SAS",
            List.of("12 rue de la Paix", "", "75002 Paris"),
            null,
            null,
            null,
            "Paris");

    assertThat(head.senderLine()).isEqualTo("Lumière & Co. SAS · 12 rue de la Paix · 75002 Paris");
    assertThat(head.phone()).isEmpty();
  }

  @Test
  void needsACompanyName() {
    assertThrows(
        IllegalArgumentException.class, () -> new Letterhead(" ", List.of(), "", "", "", ""));
  }
}
