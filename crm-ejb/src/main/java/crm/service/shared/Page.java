package crm.service.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the number of rows that match: exact when {@code totalExact}, else
 * counting stopped and more than {@code total} ({@link ListRequest#COUNT_LIMIT}) rows match.
 */
public record Page<T>(List<T> items, long total, boolean totalExact) {

  /** A page whose total is exact. */
  public Page(List<T> items, long total) {
    this(items, total, true);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return withItems(items.stream().map(mapper).toList());
  }

  /** The same page with other items in their place (such as views of the entities). */
  public <R> Page<R> withItems(List<R> others) {
    return new Page<>(others, total, totalExact);
  }
}
