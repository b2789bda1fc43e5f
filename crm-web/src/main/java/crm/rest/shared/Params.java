package crm.rest.shared;

import crm.domain.shared.InvalidInputException;
import crm.service.shared.ListRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads query parameters as text and converts them here, so that a bad value is a 422 with its
 * name (JAX-RS would answer a failed conversion of a query parameter with a bare 404).
 */
public final class Params {

  private Params() {}

  /** The caller's language for texts in an answer: the first of Accept-Language the application speaks. */
  public static Locale locale(HttpHeaders headers) {
    return Problems.locale(headers);
  }

  public static ListRequest list(String page, String size, String sort) {
    return new ListRequest(integer("page", page), integer("size", size), sort);
  }

  /**
   * A list that may be large: {@code count=exact} counts every matching row (else "total" stops
   * at ListRequest.COUNT_LIMIT with "totalExact": false); {@code after} or {@code before} the key
   * of a row asks for the page next to it, read without skipping rows ({@code page} then only
   * serves if that row is gone).
   */
  public static ListRequest list(String page, String size, String sort, String count, String after, String before) {
    ListRequest request = list(page, size, sort);
    if (count != null && !count.isBlank()) {
      if (!"exact".equals(count.trim())) {
        throw new InvalidInputException("request.badValue", "count", count);
      }
      request.countExactly();
    }
    return request.after(blankless(after)).before(blankless(before));
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The value of a parameter that must be given. */
  public static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("request.required", name);
    }
    return value.trim();
  }

  public static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("request.badValue", name, value);
    }
  }

  /** The number of a path parameter, such as an entry number: never absent. */
  public static long requiredNumber(String name, String value) {
    return number(name, required(name, value));
  }

  public static Long number(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("request.badValue", name, value);
    }
  }

  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("request.badValue", name, value);
    }
  }

  /** A time of day, "HH:mm"; required. */
  public static LocalTime time(String name, String value) {
    try {
      return LocalTime.parse(required(name, value));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("request.badValue", name, value);
    }
  }

  public static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidInputException("request.badValue", name, value);
    };
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("request.badValue", name, value);
    }
  }
}
