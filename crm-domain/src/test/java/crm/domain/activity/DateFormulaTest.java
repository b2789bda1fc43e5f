package crm.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date formulas with Business Central's meaning of each letter (F-14). */
class DateFormulaTest {

  @ParameterizedTest(name = "{1} from {0} is {2}")
  @CsvSource({
    // the date itself
    "2026-12-02, 0D, 2026-12-02",
    "2026-12-02, '', 2026-12-02",
    "2026-12-02, CD, 2026-12-02",
    // days, weeks, months, quarters, years
    "2026-12-02, 2D, 2026-12-04",
    "2026-12-30, 3D, 2027-01-02",
    "2026-12-02, 1W, 2026-12-09",
    "2026-12-02, -1W, 2026-11-25",
    "2026-12-02, 1M, 2027-01-02",
    "2026-01-31, 1M, 2026-02-28",
    "2028-01-31, 1M, 2028-02-29",
    "2026-12-02, 1Q, 2027-03-02",
    "2026-11-30, 1Q, 2027-02-28",
    "2026-12-02, 1Y, 2027-12-02",
    "2028-02-29, 1Y, 2029-02-28",
    "2026-12-02, -2D, 2026-11-30",
    "2026-12-02, +10D, 2026-12-12",
    // current period: its last day, with a minus sign its first day (weeks run Monday to Sunday)
    "2026-12-02, CW, 2026-12-06",
    "2026-12-06, CW, 2026-12-06",
    "2026-12-02, -CW, 2026-11-30",
    "2026-11-30, -CW, 2026-11-30",
    "2026-12-02, CM, 2026-12-31",
    "2026-02-10, CM, 2026-02-28",
    "2026-12-02, -CM, 2026-12-01",
    "2026-11-15, CQ, 2026-12-31",
    "2026-02-15, CQ, 2026-03-31",
    "2026-05-15, -CQ, 2026-04-01",
    "2026-05-15, CY, 2026-12-31",
    "2026-05-15, -CY, 2026-01-01",
    // combinations, left to right
    "2026-12-02, CM+1D, 2027-01-01",
    "2026-12-02, -CM-1D, 2026-11-30",
    "2026-12-02, CW+1D, 2026-12-07",
    "2026-12-02, 1M-1D, 2027-01-01",
    "2026-12-02, -CM+1M, 2027-01-01",
    "2026-01-31, 1M+CM, 2026-02-28",
    "2026-12-02, 1W+2D, 2026-12-11",
    // letters in either case, blanks around
    "2026-12-02, ' cm+1d ', 2027-01-01",
  })
  void computesTheDate(LocalDate start, String formula, LocalDate expected) {
    assertThat(DateFormula.parse(formula).apply(start)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(strings = {"3X", "D", "1", "C", "CM1D", "1W2D", "1.5D", "+", "1D+", "--1D", "C1M", "W1",
      "12345D", "1D+1D+1D+1D+1D+1D+1D+1D+1D+1D+1D+1D"})
  void refusesWhatIsNotAFormula(String formula) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> DateFormula.parse(formula));
    assertThat(refused.key()).isEqualTo("activity.badFormula");
  }

  @ParameterizedTest
  @CsvSource({"cm+1d, CM+1D", "' -1w ', -1W", "'', ''"})
  void keepsTheFormulaInCapitals(String typed, String stored) {
    assertThat(DateFormula.parse(typed).toString()).isEqualTo(stored);
  }
}
