package crm.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterDatesTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  @ParameterizedTest
  @CsvSource({
    "ENU, 23 November 2026",
    "FRA, 23 novembre 2026",
    "DAN, 23. november 2026",
    "DEU, 23. November 2026",
    "NLD, 23 november 2026"
  })
  void writesTheDateLongInTheLettersLanguage(LetterLanguage language, String expected) {
    assertThat(LetterDates.longDate(DATE, language)).isEqualTo(expected);
  }

  @Test
  void writesTheFirstOfTheMonthTheFrenchWay() {
    assertThat(LetterDates.longDate(LocalDate.of(2027, 2, 1), LetterLanguage.FRA))
        .isEqualTo("1er février 2027");
    assertThat(LetterDates.longDate(LocalDate.of(2027, 2, 1), LetterLanguage.ENU))
        .isEqualTo("1 February 2027");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ENU | London    | London, 23 November 2026",
        "FRA | Paris     | Paris, le 23 novembre 2026",
        "DAN | København | København, 23. november 2026",
        "DEU | Köln      | Köln, 23. November 2026",
        "NLD | Den Haag  | Den Haag, 23 november 2026"
      })
  void putsThePlaceBeforeTheDate(LetterLanguage language, String place, String expected) {
    assertThat(LetterDates.placeAndDate(place, DATE, language)).isEqualTo(expected);
  }

  @Test
  void writesOnlyTheDateWithoutAPlace() {
    assertThat(LetterDates.placeAndDate(" ", DATE, LetterLanguage.FRA))
        .isEqualTo("23 novembre 2026");
    assertThat(LetterDates.placeAndDate(null, DATE, LetterLanguage.DEU))
        .isEqualTo("23. November 2026");
  }
}
