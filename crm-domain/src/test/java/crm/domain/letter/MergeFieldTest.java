package crm.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MergeFieldTest {

  @Test
  void knowsEveryFieldATemplateMayUse() {
    assertThat(Arrays.stream(MergeField.values()).map(MergeField::key))
        .containsExactly(
            "contact.name",
            "contact.firstName",
            "contact.surname",
            "contact.companyName",
            "contact.address",
            "contact.address2",
            "contact.postCode",
            "contact.city",
            "contact.country",
            "contact.salutation",
            "contact.informalSalutation",
            "salesperson.name",
            "salesperson.email",
            "salesperson.phone",
            "salesperson.jobTitle",
            "campaign.no",
            "campaign.description",
            "segment.no",
            "line.subject",
            "today");
  }

  @Test
  void findsAFieldByItsKeyOnly() {
    assertThat(MergeField.fromKey("contact.informalSalutation"))
        .contains(MergeField.CONTACT_INFORMAL_SALUTATION);
    assertThat(MergeField.fromKey("CONTACT_NAME")).isEmpty();
    assertThat(MergeField.fromKey(null)).isEmpty();
  }

  @Test
  void writesItsPlaceholder() {
    assertThat(MergeField.SALESPERSON_EMAIL.placeholder()).isEqualTo("{{salesperson.email}}");
  }
}
