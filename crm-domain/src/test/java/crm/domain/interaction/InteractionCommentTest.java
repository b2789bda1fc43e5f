package crm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InteractionCommentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void aCommentKeepsItsTextWithoutTheSurroundingBlanks() {
    InteractionComment comment = new InteractionComment(7, TODAY, "  Call back in March ", "staff");
    assertThat(comment.getComment()).isEqualTo("Call back in March");
    assertThat(comment.getEntryNo()).isEqualTo(7);
    assertThat(comment.getDate()).isEqualTo(TODAY);
    assertThat(comment.getUserId()).isEqualTo("staff");
  }

  @Test
  void anEmptyCommentIsRefusedInBothLanguages() {
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new InteractionComment(7, TODAY, " \t", "staff"));
    assertThat(refused.messageIn(Locale.ENGLISH)).isEqualTo("Type the comment.");
    assertThat(refused.messageIn(Locale.FRENCH)).isEqualTo("Saisissez le commentaire.");
    assertThrows(InvalidInputException.class, () -> new InteractionComment(7, TODAY, null, "staff"));
  }

  @Test
  void aCommentLongerThanTheColumnIsRefused() {
    assertThat(new InteractionComment(7, TODAY, "x".repeat(250), "staff").getComment()).hasSize(250);
    InvalidInputException refused = assertThrows(InvalidInputException.class,
        () -> new InteractionComment(7, TODAY, "x".repeat(251), "staff"));
    assertThat(refused.messageIn(Locale.FRENCH)).isEqualTo("Un commentaire compte au plus 250 caractères.");
  }
}
