package crm.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterTest {

  @Test
  void splitsTheBodyIntoParagraphsAtBlankLines() {
    Letter letter =
        withBody("\n  First line\nsecond line\n\n\n Second paragraph \r\n \r\nThird\n\n");

    assertThat(letter.paragraphs())
        .containsExactly("First line\nsecond line", "Second paragraph", "Third");
  }

  @Test
  void hasNoParagraphWhenTheBodyIsEmpty() {
    assertThat(withBody(null).paragraphs()).isEmpty();
  }

  @Test
  void dropsBlankAddressLines() {
    Letter letter = withAddress("Jørgen Ærø", " ", null, "8000 Aarhus C");

    assertThat(letter.recipientLines()).containsExactly("Jørgen Ærø", "8000 Aarhus C");
  }

  @Test
  void refusesAnAddressTooLongForTheEnvelopeWindow() {
    String[] lines = new String[Letter.MAX_ADDRESS_LINES + 1];
    Arrays.fill(lines, "line");

    assertThrows(IllegalArgumentException.class, () -> withAddress(lines));
  }

  @Test
  void readsMissingTextAsEmpty() {
    Letter letter = new Letter(null, null, null, null, null, null, null, null, null, null);

    assertThat(letter.recipientLines()).isEmpty();
    assertThat(letter.subject()).isEmpty();
    assertThat(letter.senderPhone()).isEmpty();
  }

  private static Letter withBody(String body) {
    return new Letter(List.of("A"), "", "", "", body, "", "", "", "", "");
  }

  private static Letter withAddress(String... lines) {
    return new Letter(Arrays.asList(lines), "", "", "", "", "", "", "", "", "");
  }
}
