package crm.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * Values a careless or hostile client sends, for a Java type: often a plausible one, otherwise
 * NUL characters, texts longer than any column, scripts, wrong types, numbers out of range,
 * impossible dates, unknown enum constants, nulls and missing fields. Drawn from a seeded random
 * source, so that a failure is found again by the same run.
 */
final class NastyValues {

  private static final List<String> TEXTS = List.of("", " ", "x", "\u0000", "a\u0000b", "A".repeat(101),
      "B".repeat(301), "C".repeat(5000), "<script>alert(1)</script>", "'; drop table contact; --", "%_\\",
      "Jørgen Ærø €", "\uD83D\uDE00", "-1", "2026-02-30", "{{contact.name}}", "../../etc/passwd", "\t\r\n");
  private static final List<JsonValue> WRONG = List.of(JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT,
      JsonValue.EMPTY_JSON_ARRAY, Json.createValue(12), Json.createValue("twelve"));
  private static final List<JsonValue> NUMBERS = List.of(Json.createValue(0), Json.createValue(-1),
      Json.createValue(1), Json.createValue(2147483648L), Json.createValue(new BigDecimal("1e400")),
      Json.createValue(new BigDecimal("0.005")), Json.createValue(new BigInteger("9".repeat(40))),
      Json.createValue("12"));
  private static final List<String> DATES = List.of("2026-12-01", "2026-02-30", "yesterday", "2026-12-01T10:15:30Z",
      "9999-12-31", "0000-01-01", "2026-12-01T25:00");

  private final Random random;
  private final List<String> knownCodes;

  NastyValues(Random random, List<String> knownCodes) {
    this.random = random;
    this.knownCodes = knownCodes;
  }

  /** A text for a field of a body. */
  String text() {
    return random.nextInt(3) == 0 ? pick(knownCodes) : pick(TEXTS);
  }

  /** A text for a query parameter: no longer than a few hundred characters, as addresses are. */
  String urlText() {
    String text = text();
    return text.length() > 301 ? text.substring(0, 301) : text;
  }

  /**
   * A text for a path segment. Without NUL, "/" and "\\": the server refuses an address holding
   * those (an HTML 400 of the HTTP listener) before the application sees the request.
   */
  String pathText() {
    String text = urlText();
    return text.indexOf('\u0000') >= 0 || text.contains("/") || text.contains("\\") ? "x" : text;
  }

  /** A JSON value for the type, or null to leave the field out. */
  JsonValue of(Type type, int depth) {
    int dice = random.nextInt(20);
    if (dice == 0) {
      return JsonValue.NULL;
    }
    if (dice == 1) {
      return pick(WRONG);
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return Json.createValue(text());
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
      return pick(NUMBERS);
    }
    if (Temporal.class.isAssignableFrom(raw)) {
      return Json.createValue(pick(DATES));
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return Json.createValue(random.nextInt(3) == 0 ? "NOPE" : constants[random.nextInt(constants.length)].toString());
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return list(((ParameterizedType) type).getActualTypeArguments()[0], depth);
    }
    return depth > 3 ? JsonValue.NULL : object(raw, depth + 1);
  }

  /** An object with some of the fields of the record or class, each nasty or plausible. */
  JsonValue object(Class<?> type, int depth) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        field(object, component.getName(), component.getGenericType(), depth);
      }
    } else {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          field(object, field.getName(), field.getGenericType(), depth);
        }
      }
    }
    return object.build();
  }

  private void field(JsonObjectBuilder object, String name, Type type, int depth) {
    if (random.nextInt(4) != 0) {
      object.add(name, of(type, depth));
    }
  }

  private JsonValue list(Type element, int depth) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    int size = random.nextInt(8) == 0 ? 300 : random.nextInt(3);
    for (int i = 0; i < size; i++) {
      list.add(random.nextInt(6) == 0 ? JsonValue.NULL : of(element, depth));
    }
    return list.build();
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
