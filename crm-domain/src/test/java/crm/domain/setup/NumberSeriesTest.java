package crm.domain.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberSeriesTest {

  @ParameterizedTest
  @CsvSource({
    "CP0001, CP0002",
    "CP0009, CP0010",
    "SM00001, SM00002",
    "CT000999, CT001000",
    "LSEG00099, LSEG00100",
    "99, 100",
    "9, 10",
    "A-7, A-8",
    "X1Y09, X1Y10"
  })
  void incrementKeepsThePrefixAndTheWidth(String no, String next) {
    assertThat(NumberSeries.increment(no)).isEqualTo(next);
  }

  @Test
  void incrementWidensTheNumberOnlyWhenTheDigitsRunOut() {
    assertThat(NumberSeries.increment("CP9999")).isEqualTo("CP10000");
    assertThat(NumberSeries.increment("CP0999")).isEqualTo("CP1000");
  }

  @Test
  void incrementHandlesNumbersBeyondTheRangeOfALong() {
    assertThat(NumberSeries.increment("N99999999999999999999"))
        .isEqualTo("N100000000000000000000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A9Z", "ABC", "CP", ""})
  void incrementRefusesANumberWithoutTrailingDigits(String no) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> NumberSeries.increment(no));

    assertThat(refused.key()).isEqualTo("numberSeries.noDigits");
  }

  @Test
  void refusalNamesTheNumber() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> NumberSeries.increment("A9Z"));

    assertThat(refused.getMessage()).contains("A9Z");
  }

  @Test
  void takeNextStartsAtTheStartingNumberThenIncrements() {
    NumberSeries series = new NumberSeries(NumberSeries.SEGMENT, "Segments", "SM00001");

    assertThat(series.getLastNoUsed()).isNull();
    assertThat(series.takeNext()).isEqualTo("SM00001");
    assertThat(series.takeNext()).isEqualTo("SM00002");
    assertThat(series.takeNext()).isEqualTo("SM00003");
    assertThat(series.getLastNoUsed()).isEqualTo("SM00003");
  }

  @Test
  void takeNextOfABlockAnswersItsFirstAndKeepsItsLast() {
    NumberSeries series = new NumberSeries(NumberSeries.TO_DO, "To-dos", "TD000001");
    series.setLastNoUsed("TD000098");

    assertThat(series.takeNext(300)).isEqualTo("TD000099");
    assertThat(series.getLastNoUsed()).isEqualTo("TD000398");
    assertThat(series.takeNext()).isEqualTo("TD000399");
  }

  @Test
  void takeNextContinuesAfterTheLastNumberUsed() {
    NumberSeries series = new NumberSeries(NumberSeries.CONTACT, "Contacts", "CT000001");
    series.setLastNoUsed("CT000198");

    assertThat(series.takeNext()).isEqualTo("CT000199");
    assertThat(series.getLastNoUsed()).isEqualTo("CT000199");
  }

  @Test
  void changingTheStartingNumberDoesNotRestartAStartedSeries() {
    NumberSeries series = new NumberSeries(NumberSeries.CAMPAIGN, "Campaigns", "CP0001");
    series.takeNext();

    series.setStartingNo("CP5000");

    assertThat(series.getStartingNo()).isEqualTo("CP5000");
    assertThat(series.takeNext()).isEqualTo("CP0002");
  }

  @Test
  void setStartingNoRefusesANumberWithoutDigitsAndKeepsTheOldOne() {
    NumberSeries series = new NumberSeries(NumberSeries.CAMPAIGN, "Campaigns", "CP0001");

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> series.setStartingNo("ABC"));

    assertThat(refused.key()).isEqualTo("numberSeries.noDigits");
    assertThat(series.getStartingNo()).isEqualTo("CP0001");
  }

  @Test
  void aSeriesCannotBeCreatedWithAStartingNumberWithoutDigits() {
    assertThrows(
        InvalidInputException.class,
        () -> new NumberSeries(NumberSeries.LOGGED_SEGMENT, "Logged segments", "ABC"));
  }

  @Test
  void restartingAfterTheLastNumberUsedHandsOutTheNewStartingNumberNext() {
    NumberSeries series = new NumberSeries(NumberSeries.CAMPAIGN, "Campaigns", "CP0001");
    series.takeNext();
    series.takeNext();

    series.restartAt("CP5000");

    assertThat(series.nextNo()).isEqualTo("CP5000");
    assertThat(series.takeNext()).isEqualTo("CP5000");
    assertThat(series.takeNext()).isEqualTo("CP5001");
  }

  @Test
  void restartingAtOrBeforeTheLastNumberUsedIsRefusedAndChangesNothing() {
    NumberSeries series = new NumberSeries(NumberSeries.CAMPAIGN, "Campaigns", "CP0001");
    series.takeNext();
    series.takeNext();

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> series.restartAt("CP0002"));

    assertThat(refused.key()).isEqualTo("numberSeries.startNotAfterLast");
    assertThat(refused.getMessage()).contains("CP0002");
    assertThat(series.nextNo()).isEqualTo("CP0003");
  }

  @Test
  void keepingTheSameStartingNumberKeepsTheSeriesGoing() {
    NumberSeries series = new NumberSeries(NumberSeries.CAMPAIGN, "Campaigns", "CP0001");
    series.takeNext();

    series.restartAt("CP0001");

    assertThat(series.nextNo()).isEqualTo("CP0002");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "CP000000000000000000001"})
  void restartingAtABlankOrTooLongNumberIsRefused(String no) {
    NumberSeries series = new NumberSeries(NumberSeries.CAMPAIGN, "Campaigns", "CP0001");

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> series.restartAt(no));

    assertThat(refused.key()).isEqualTo("numberSeries.badStartingNo");
  }
}
