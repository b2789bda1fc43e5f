package crm.service.contact;

import java.util.regex.Pattern;

/**
 * Cells of the contacts file that a spreadsheet would run as a formula (CSV injection, F-04):
 * written with a leading {@code '} by the export and the file of rejected rows, read back without
 * it by the import, which refuses a cell that still looks like a formula.
 */
final class SpreadsheetFormulas {

  private static final String FORMULA_START = "=+-@\t\r";
  /** A phone number or a dash starts with + or - and is no formula. */
  private static final Pattern PHONE_LIKE = Pattern.compile("[+-][0-9 ()./-]*");

  private SpreadsheetFormulas() {}

  /** A cell as written: one a spreadsheet would run as a formula gets a leading {@code '}. */
  static String neutralised(String cell) {
    return cell == null || cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
  }

  /** A cell as read: the {@code '} an export put before a formula-like cell taken away. */
  static String restored(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1) : cell;
  }

  /** Whether a cell read would run as a formula in a spreadsheet (=, @, or + and - before other than a number). */
  static boolean isFormula(String cell) {
    return !cell.isEmpty() && (cell.charAt(0) == '=' || cell.charAt(0) == '@'
        || (cell.charAt(0) == '+' || cell.charAt(0) == '-') && !PHONE_LIKE.matcher(cell).matches());
  }
}
