package crm.service.setup;

/**
 * A block of numbers taken at once from a series ({@link NumberSeriesService#next(String, int)})
 * for rows numbered set-based: its first number's prefix, value and width (TD000042 → TD, 42, 6).
 */
public record NumberBlock(String prefix, long first, int width) {

  public static NumberBlock of(String firstNo) {
    String digits = firstNo.replaceFirst("^.*?(\\d+)$", "$1");
    return new NumberBlock(firstNo.substring(0, firstNo.length() - digits.length()), Long.parseLong(digits), digits.length());
  }

  /** Whether {@code count} numbers from the first keep the width (lpad would cut them). */
  public boolean holds(long count) {
    return String.valueOf(first + count - 1).length() <= width;
  }
}
