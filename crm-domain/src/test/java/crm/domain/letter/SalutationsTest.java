package crm.domain.letter;

import static crm.domain.letter.LetterLanguage.DAN;
import static crm.domain.letter.LetterLanguage.DEU;
import static crm.domain.letter.LetterLanguage.ENU;
import static crm.domain.letter.LetterLanguage.FRA;
import static crm.domain.letter.LetterLanguage.NLD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalutationsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ENU | John     | Smith   | Dear John Smith,     | Dear John,",
        "FRA | Françoise| Lefèvre | Bonjour Françoise Lefèvre, | Bonjour Françoise,",
        "DAN | Jørgen   | Ærø     | Kære Jørgen Ærø,     | Kære Jørgen,",
        "DEU | Jürgen   | Größ    | Guten Tag Jürgen Größ, | Hallo Jürgen,",
        "NLD | Jan      | de Vries| Geachte Jan de Vries, | Beste Jan,"
      })
  void greetsAPersonByNameInTheLettersLanguage(
      LetterLanguage language, String first, String surname, String formal, String informal) {
    assertThat(Salutations.formal(language, first, surname, false)).isEqualTo(formal);
    assertThat(Salutations.informal(language, first, surname, false)).isEqualTo(informal);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ENU | Dear Sir or Madam,",
        "FRA | 'Madame, Monsieur,'",
        "DAN | Kære modtager,",
        "DEU | Sehr geehrte Damen und Herren,",
        "NLD | 'Geachte heer, mevrouw,'"
      })
  void greetsACompanyAnonymously(LetterLanguage language, String expected) {
    assertThat(Salutations.formal(language, "", "Größ & Söhne GmbH", true)).isEqualTo(expected);
    assertThat(Salutations.informal(language, "Ignored", "Größ & Söhne GmbH", true))
        .isEqualTo(expected);
  }

  @Test
  void fallsBackToTheAnonymousFormForAPersonWithoutAName() {
    assertThat(Salutations.formal(DEU, null, "  ", false))
        .isEqualTo("Sehr geehrte Damen und Herren,");
  }

  @Test
  void usesTheFullNameFormallyWhenThereIsNoFirstName() {
    assertThat(Salutations.formal(DAN, null, "Ærø", false)).isEqualTo("Kære Ærø,");
    assertThat(Salutations.informal(FRA, " ", "Lefèvre", false)).isEqualTo("Bonjour Lefèvre,");
  }

  @Test
  void trimsNames() {
    assertThat(Salutations.formal(ENU, "  John ", " Smith  ", false)).isEqualTo("Dear John Smith,");
  }

  @Test
  void closesInKeepingWithTheGreeting() {
    assertThat(Salutations.closing(ENU, "John", "Smith", false)).isEqualTo("Yours sincerely,");
    assertThat(Salutations.closing(ENU, "", "Acme Ltd", true)).isEqualTo("Yours faithfully,");
    assertThat(Salutations.closing(FRA, "Françoise", "Lefèvre", false)).isEqualTo("Cordialement,");
    assertThat(Salutations.closing(DAN, "Jørgen", "Ærø", false)).isEqualTo("Med venlig hilsen");
    assertThat(Salutations.closing(DEU, "Jürgen", "Größ", false))
        .isEqualTo("Mit freundlichen Grüßen");
    assertThat(Salutations.closing(NLD, "Jan", "de Vries", false))
        .isEqualTo("Met vriendelijke groet,");
  }
}
