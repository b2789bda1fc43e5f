package crm.service.email;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The positional parameters of an {@code in (...)} list of a native query: "?1, ?2, …". */
final class NativeIn {

  private NativeIn() {}

  static String placeholders(int count) {
    return placeholders(1, count);
  }

  static String placeholders(int first, int count) {
    return IntStream.range(first, first + count).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
  }
}
