package crm.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterLanguageTest {

  @Test
  void findsALanguageByItsCodeInAnyCase() {
    assertThat(LetterLanguage.fromCode("FRA")).isEqualTo(LetterLanguage.FRA);
    assertThat(LetterLanguage.fromCode(" dan ")).isEqualTo(LetterLanguage.DAN);
  }

  @Test
  void fallsBackToEnglishForAnUnknownOrMissingCode() {
    assertThat(LetterLanguage.fromCode("SVE")).isEqualTo(LetterLanguage.ENU);
    assertThat(LetterLanguage.fromCode("")).isEqualTo(LetterLanguage.ENU);
    assertThat(LetterLanguage.fromCode(null)).isEqualTo(LetterLanguage.ENU);
  }
}
