package crm.rest.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals that come from below the services, said in the caller's language without naming
 * a Java type, a parser or a database: an unreadable body, an HTTP error of the JAX-RS runtime,
 * and the database's refusal of a text too long for its column or holding a NUL character, of a
 * number too large for its column, of a duplicate key or of a broken reference that no service
 * check caught (the transaction is rolled back, so nothing was written).
 */
final class Refusals {

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
  private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");
  private static final String TOO_LONG = "22001";
  private static final String NUMBER_TOO_LARGE = "22003";
  private static final Set<String> BAD_CHARACTER = Set.of("22021", "22P05");
  private static final String DUPLICATE = "23505";
  private static final String REFERENCE = "23503";

  private Refusals() {}

  /** A body that JSON-B could not read: which field, when the parser says so. */
  static Response unreadableBody(Throwable e, HttpHeaders headers) {
    return Problems.of(400, unreadable(e, headers));
  }

  private static String unreadable(Throwable e, HttpHeaders headers) {
    for (Throwable t : chain(e)) {
      Matcher property = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
      if (property != null && property.find()) {
        return Message.of(headers, "request.badField", property.group(1));
      }
    }
    return Message.of(headers, "request.unreadable");
  }

  static Response http(WebApplicationException web, HttpHeaders headers, Request request) {
    int status = web.getResponse().getStatus();
    String detail = switch (status) {
      case 400 -> unreadable(web, headers);
      case 403 -> Message.of(headers, "request.forbidden");
      case 404 -> Message.of(headers, "request.notFound");
      case 405 -> Message.of(headers, "request.methodNotAllowed", request.getMethod());
      case 406 -> Message.of(headers, "request.notAcceptable");
      case 415 -> Message.of(headers, "request.unsupportedType", String.valueOf(headers.getMediaType()));
      default -> Message.of(headers, "request.failed", status);
    };
    return Problems.of(status, detail);
  }

  /** The database's refusal of a value, if that is what the error is. */
  static Optional<Response> database(Throwable e, HttpHeaders headers) {
    for (Throwable t : chain(e)) {
      if (t instanceof SQLException sql && TOO_LONG.equals(sql.getSQLState())) {
        Matcher length = LENGTH.matcher(String.valueOf(sql.getMessage()));
        return Optional.of(Problems.of(422, Message.of(headers, "request.tooLong", length.find() ? length.group(1) : "?")));
      }
      if (t instanceof SQLException sql && NUMBER_TOO_LARGE.equals(sql.getSQLState())) {
        return Optional.of(Problems.of(422, Message.of(headers, "request.numberTooLarge")));
      }
      if (t instanceof SQLException sql && BAD_CHARACTER.contains(sql.getSQLState())) {
        return Optional.of(Problems.of(422, Message.of(headers, "request.nulCharacter")));
      }
      if (t instanceof SQLException sql && DUPLICATE.equals(sql.getSQLState())) {
        return Optional.of(Problems.of(409, Message.of(headers, "request.duplicate")));
      }
      if (t instanceof SQLException sql && REFERENCE.equals(sql.getSQLState())) {
        return Optional.of(Problems.of(409, Message.of(headers, "request.reference")));
      }
    }
    return Optional.empty();
  }

  private static Set<Throwable> chain(Throwable e) {
    Set<Throwable> chain = new LinkedHashSet<>();
    for (Throwable t = e; t != null && chain.add(t); t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        chain.add(sql.getNextException());
      }
    }
    return chain;
  }
}
