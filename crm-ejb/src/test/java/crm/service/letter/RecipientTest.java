package crm.service.letter;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.interaction.CorrespondenceType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecipientTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void mergeFieldsInTheSegmentSubjectAreFilledInLikeTheBody() {
    Recipient recipient = recipient("Hello {{contact.name}}", null);
    assertThat(recipient.letter("London", TODAY).subject()).isEqualTo("Hello Jørgen Ærø");
    assertThat(recipient.email(TODAY).subject()).isEqualTo("Hello Jørgen Ærø");
  }

  @Test
  void theSubjectEditedForTheLineWinsOverTheSegmentSubject() {
    Recipient recipient = recipient("Hello {{contact.name}}", "For {{contact.firstName}}");
    assertThat(recipient.letter("London", TODAY).subject()).isEqualTo("For Jørgen");
  }

  private static Recipient recipient(String subject, String letterSubject) {
    return new Recipient(1L, CorrespondenceType.HARD_COPY, "ENU", subject, "CT000001", false,
        "Jørgen Ærø", "Jørgen", "Ærø", null, "Vestergade 1", null, "8000", "Aarhus", "DK",
        "jorgen@example.com", false, "Helen Ray", "helen@cronus.example", null, null, null, null,
        "SM00001", "BUS", "ENU", "Template subject", "Thank you for visiting.", letterSubject);
  }
}
