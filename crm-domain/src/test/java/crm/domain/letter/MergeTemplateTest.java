package crm.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeTemplateTest {

  @Test
  void replacesEachFieldWithItsValue() {
    MergeTemplate template =
        MergeTemplate.parse("{{contact.salutation}}\n\nYour offer {{campaign.no}}.");

    String text =
        template.render(Map.of("contact.salutation", "Dear Jørgen Ærø,", "campaign.no", "CP-0042"));

    assertThat(text).isEqualTo("Dear Jørgen Ærø,\n\nYour offer CP-0042.");
  }

  @Test
  void toleratesWhitespaceInsideTheBraces() {
    MergeTemplate template =
        MergeTemplate.parse("Hello {{ contact.firstName }} and {{\tcontact.surname\n}}");

    assertThat(template.render(Map.of("contact.firstName", "Jürgen", "contact.surname", "Größ")))
        .isEqualTo("Hello Jürgen and Größ");
  }

  @Test
  void rendersAMissingOrNullValueAsNothing() {
    Map<String, String> values = new HashMap<>();
    values.put("contact.address2", null);

    assertThat(MergeTemplate.parse("[{{contact.address2}}][{{contact.city}}]").render(values))
        .isEqualTo("[][]");
  }

  @Test
  void refusesAnUnknownFieldNamingIt() {
    UnknownMergeFieldException refused =
        assertThrows(
            UnknownMergeFieldException.class, () -> MergeTemplate.parse("Dear {{contact.nmae}},"));

    assertThat(refused).hasMessage("Unknown merge field {{contact.nmae}}");
    assertThat(refused.unknownFields()).containsExactly("contact.nmae");
  }

  @Test
  void reportsEveryUnknownFieldOnce() {
    UnknownMergeFieldException refused =
        assertThrows(
            UnknownMergeFieldException.class,
            () -> MergeTemplate.parse("{{foo}} {{contact.name}} {{ bar }} {{foo}} {{}}"));

    assertThat(refused.unknownFields()).containsExactly("foo", "bar", "");
    assertThat(refused).hasMessage("Unknown merge fields {{foo}}, {{bar}}, {{}}");
  }

  @Test
  void fieldNamesAreCaseSensitive() {
    assertThrows(UnknownMergeFieldException.class, () -> MergeTemplate.parse("{{Contact.Name}}"));
  }

  @Test
  void refusesAnUnclosedField() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> MergeTemplate.parse("Dear {{contact.name,"));

    assertThat(refused).isNotInstanceOf(UnknownMergeFieldException.class);
    assertThat(refused.getMessage())
        .contains("Unclosed merge field", "{{contact.name,", "character 6");
  }

  @Test
  void keepsTextWithoutFieldsAndLoneClosingBracesAsTheyAre() {
    String source = "Prices } and }} stay; { too.";

    assertThat(MergeTemplate.parse(source).render(Map.of())).isEqualTo(source);
  }

  @Test
  void escapesValuesButNotTheTemplateForHtml() {
    MergeTemplate template = MergeTemplate.parse("<p>Bonjour <b>{{contact.name}}</b></p>");

    String html =
        template.renderHtml(Map.of("contact.name", "Tom & \"Jerry\" <script>l'x</script>"));

    assertThat(html)
        .isEqualTo(
            "<p>Bonjour <b>Tom &amp; &quot;Jerry&quot;"
                + " &lt;script&gt;l&#39;x&lt;/script&gt;</b></p>");
  }

  @Test
  void listsTheFieldsUsedInOrderOfFirstUse() {
    MergeTemplate template =
        MergeTemplate.parse("{{today}} {{contact.name}} {{today}} {{segment.no}}");

    assertThat(template.fields())
        .containsExactly(MergeField.TODAY, MergeField.CONTACT_NAME, MergeField.SEGMENT_NO);
  }

  @Test
  void isAValueIdentifiedByItsSource() {
    assertThat(MergeTemplate.parse("{{today}}")).isEqualTo(MergeTemplate.parse("{{today}}"));
    assertThat(MergeTemplate.parse("{{today}}")).isNotEqualTo(MergeTemplate.parse("{{ today }}"));
    assertThat(MergeTemplate.parse("a {{today}}").source()).isEqualTo("a {{today}}");
  }
}
