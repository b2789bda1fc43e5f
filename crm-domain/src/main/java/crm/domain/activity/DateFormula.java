package crm.domain.activity;

import crm.domain.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date formula as Business Central reads it (F-14): terms applied left to right to a date. A
 * term is a number and a unit — D day, W week (7 days), M month, Q quarter (3 months), Y year —
 * or C and a unit for the current period: {@code CM} is the last day of the date's month,
 * {@code -CM} its first day; {@code CW} is the week's Sunday, {@code -CW} its Monday; {@code CD}
 * the date itself. Terms after the first carry a sign: {@code CM+1D}, {@code -1W}, {@code 1M-1D}.
 * A month added to the 31st ends on the shorter month's last day. A blank formula is the date
 * itself ({@code 0D}).
 */
public final class DateFormula {

  public static final int MAX_LENGTH = 32;
  private static final Pattern TERM = Pattern.compile("([+-]?)(\\d{1,4}|C)([DWMQY])");

  private record Term(boolean minus, boolean current, int count, char unit) {}

  private final String text;
  private final List<Term> terms;

  private DateFormula(String text, List<Term> terms) {
    this.text = text;
    this.terms = terms;
  }

  /** Reads a formula; refuses anything else than signed terms (key activity.badFormula). */
  public static DateFormula parse(String formula) {
    String text = formula == null ? "" : formula.strip().toUpperCase(Locale.ROOT);
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInputException("activity.badFormula", formula);
    }
    List<Term> terms = new ArrayList<>();
    Matcher matcher = TERM.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!matcher.find(at) || matcher.start() != at || (at > 0 && matcher.group(1).isEmpty())) {
        throw new InvalidInputException("activity.badFormula", formula);
      }
      boolean current = matcher.group(2).equals("C");
      terms.add(new Term(matcher.group(1).equals("-"), current,
          current ? 0 : Integer.parseInt(matcher.group(2)), matcher.group(3).charAt(0)));
      at = matcher.end();
    }
    return new DateFormula(text, List.copyOf(terms));
  }

  /** The date the formula gives from {@code date}. */
  public LocalDate apply(LocalDate date) {
    LocalDate result = date;
    for (Term term : terms) {
      result = term.current() ? period(result, term.unit(), term.minus()) : add(result, term);
    }
    return result;
  }

  private static LocalDate add(LocalDate date, Term term) {
    int n = term.minus() ? -term.count() : term.count();
    return switch (term.unit()) {
      case 'D' -> date.plusDays(n);
      case 'W' -> date.plusWeeks(n);
      case 'M' -> date.plusMonths(n);
      case 'Q' -> date.plusMonths(3L * n);
      default -> date.plusYears(n);
    };
  }

  /** The last day of the date's period, or with a minus sign its first day. */
  private static LocalDate period(LocalDate date, char unit, boolean start) {
    return switch (unit) {
      case 'D' -> date;
      case 'W' -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(start ? 0 : 6);
      case 'M' -> start ? date.withDayOfMonth(1) : date.with(TemporalAdjusters.lastDayOfMonth());
      case 'Q' -> quarterStart(date).plusMonths(start ? 0 : 3).minusDays(start ? 0 : 1);
      default -> start ? date.withDayOfYear(1) : date.with(TemporalAdjusters.lastDayOfYear());
    };
  }

  private static LocalDate quarterStart(LocalDate date) {
    int quarter = date.get(IsoFields.QUARTER_OF_YEAR);
    return LocalDate.of(date.getYear(), 3 * quarter - 2, 1);
  }

  /** The formula as stored: upper case, without surrounding blanks. */
  @Override
  public String toString() {
    return text;
  }
}
