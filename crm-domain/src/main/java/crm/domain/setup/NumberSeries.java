package crm.domain.setup;

import crm.domain.audit.Audited;
import crm.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A number series (F-03) hands out business numbers such as CP0001, SM00001 or CT000001: the
 * next number is the last one used with its trailing digits incremented, keeping the prefix and
 * the width (CP0009 → CP0010). The service takes the row lock, so numbers are gap-free and never
 * handed out twice, even under concurrency.
 */
@Audited(value = "NUMBER_SERIES", ignored = "lastNoUsed")
@Entity
@Table(name = "number_series")
public class NumberSeries {

  public static final String CONTACT = "CONTACT";
  public static final String CAMPAIGN = "CAMPAIGN";
  public static final String SEGMENT = "SEGMENT";
  public static final String LOGGED_SEGMENT = "LOGGED-SEGMENT";
  public static final String TO_DO = "TO-DO";

  @Id private String code;
  private String description;

  @Column(name = "starting_no")
  private String startingNo;

  @Column(name = "last_no_used")
  private String lastNoUsed;

  protected NumberSeries() {}

  public NumberSeries(String code, String description, String startingNo) {
    this.code = code;
    this.description = description;
    setStartingNo(startingNo);
  }

  /** Takes the next number of the series and remembers it as the last one used. */
  public String takeNext() {
    lastNoUsed = lastNoUsed == null ? startingNo : increment(lastNoUsed);
    return lastNoUsed;
  }

  /**
   * Takes {@code count} numbers at once, for rows numbered set-based, and answers the first; the
   * last of them becomes the last one used.
   */
  public String takeNext(int count) {
    String first = takeNext();
    String digits = first.substring(prefix(first).length());
    String last = new java.math.BigInteger(digits).add(java.math.BigInteger.valueOf(count - 1L)).toString();
    lastNoUsed = prefix(first) + "0".repeat(Math.max(0, digits.length() - last.length())) + last;
    return first;
  }

  /** The number the next {@link #takeNext} will hand out, without taking it. */
  public String nextNo() {
    return lastNoUsed == null ? startingNo : increment(lastNoUsed);
  }

  /**
   * Starts the series again at another number: the next number handed out is that one. Refused
   * when it would hand out a number already used: same prefix, not after the last number used.
   */
  public void restartAt(String newStartingNo) {
    if (newStartingNo == null || newStartingNo.isBlank() || newStartingNo.length() > 20) {
      throw new InvalidInputException("numberSeries.badStartingNo");
    }
    if (newStartingNo.equals(startingNo)) {
      return;
    }
    increment(newStartingNo); // refuses a number without trailing digits
    if (lastNoUsed != null
        && prefix(newStartingNo).equals(prefix(lastNoUsed))
        && !after(newStartingNo, lastNoUsed)) {
      throw new InvalidInputException("numberSeries.startNotAfterLast", newStartingNo, lastNoUsed);
    }
    startingNo = newStartingNo;
    lastNoUsed = null;
  }

  private static String prefix(String no) {
    return no.replaceFirst("\\d+$", "");
  }

  private static boolean after(String no, String other) {
    return new java.math.BigInteger(no.substring(prefix(no).length()))
        .compareTo(new java.math.BigInteger(other.substring(prefix(other).length()))) > 0;
  }

  /** CP0009 → CP0010; the number must end with digits; the width grows only when it must. */
  public static String increment(String no) {
    int end = no.length();
    int start = end;
    while (start > 0 && Character.isDigit(no.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      throw new InvalidInputException("numberSeries.noDigits", no);
    }
    String digits = no.substring(start, end);
    String next = new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString();
    String padded = "0".repeat(Math.max(0, digits.length() - next.length())) + next;
    return no.substring(0, start) + padded;
  }

  public String getCode() {
    return code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getStartingNo() {
    return startingNo;
  }

  public final void setStartingNo(String startingNo) {
    increment(startingNo); // refuses a starting number without trailing digits
    this.startingNo = startingNo;
  }

  public String getLastNoUsed() {
    return lastNoUsed;
  }

  public void setLastNoUsed(String lastNoUsed) {
    this.lastNoUsed = lastNoUsed;
  }
}
