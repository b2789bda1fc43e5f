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

  /** A logged segment's emails are not sanitized one by one: their HTML must hold no markup but its own. */
  @Test
  void anEmailsHtmlHoldsNoMarkupFromTheTemplateOrTheContact() {
    Recipient recipient = recipient("Ann <script>alert(1)</script>", "Subject",
        "<b>Thank you</b> & see <a href=\"javascript:x\">this</a>, {{contact.name}}.\nSee you \"soon\".", null);
    String html = recipient.email(TODAY).html();
    assertThat(html).contains("&lt;b&gt;Thank you&lt;/b&gt; &amp; see &lt;a href=&quot;javascript:x&quot;&gt;this&lt;/a&gt;,"
        + " Ann &lt;script&gt;alert(1)&lt;/script&gt;.<br>See you &quot;soon&quot;.");
    assertThat(html.replaceAll("</?p>|<br>", "")).as("no tag but paragraphs and line breaks").doesNotContain("<", ">");
    assertThat(recipient.email(TODAY).text()).contains("<b>Thank you</b> & see", "Ann <script>alert(1)</script>.");
  }

  private static Recipient recipient(String subject, String letterSubject) {
    return recipient("Jørgen Ærø", subject, "Thank you for visiting.", letterSubject);
  }

  private static Recipient recipient(String name, String subject, String body, String letterSubject) {
    return new Recipient(1L, CorrespondenceType.HARD_COPY, "ENU", subject, "CT000001", false,
        name, "Jørgen", "Ærø", null, "Vestergade 1", null, "8000", "Aarhus", "DK",
        "jorgen@example.com", false, "Helen Ray", "helen@cronus.example", null, null, null, null,
        "SM00001", "BUS", "ENU", "Template subject", body, letterSubject, true, "Europe/Copenhagen");
  }
}
