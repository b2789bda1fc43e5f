package crm.service.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of rows that match. */
public record Page<T>(List<T> items, long total) {
  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total);
  }
}
