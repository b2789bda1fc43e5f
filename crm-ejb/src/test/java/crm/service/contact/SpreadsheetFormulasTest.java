package crm.service.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas: neutralised on writing, restored on reading, told from phone numbers. */
class SpreadsheetFormulasTest {

  @Test
  void cellsASpreadsheetWouldRunAreNeutralisedOnWritingAndRestoredOnReading() {
    for (String cell : new String[] {"=cmd|' /C calc'!A0", "+33 1 23 45 67", "-5", "@SUM(A1)", "\tx"}) {
      assertThat(SpreadsheetFormulas.neutralised(cell)).isEqualTo("'" + cell);
      assertThat(SpreadsheetFormulas.restored(SpreadsheetFormulas.neutralised(cell))).isEqualTo(cell);
    }
    assertThat(SpreadsheetFormulas.neutralised("Anna")).isEqualTo("Anna");
    assertThat(SpreadsheetFormulas.restored("'quoted")).isEqualTo("'quoted");
  }

  @Test
  void formulasAreToldFromPhoneNumbersAndDashes() {
    assertThat(SpreadsheetFormulas.isFormula("=1+1")).isTrue();
    assertThat(SpreadsheetFormulas.isFormula("@SUM(A1)")).isTrue();
    assertThat(SpreadsheetFormulas.isFormula("+cmd|' /C calc'!A0")).isTrue();
    assertThat(SpreadsheetFormulas.isFormula("-2+3")).isTrue();
    assertThat(SpreadsheetFormulas.isFormula("+33 (0)1 23.45/67-89")).isFalse();
    assertThat(SpreadsheetFormulas.isFormula("-")).isFalse();
    assertThat(SpreadsheetFormulas.isFormula("Anna")).isFalse();
  }
}
