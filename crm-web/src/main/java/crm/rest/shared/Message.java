package crm.rest.shared;

import crm.domain.shared.InvalidInputException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** A message of the error bundle in the caller's language, for errors that have no exception of their own. */
final class Message {

  private Message() {}

  static String of(HttpHeaders headers, String key, Object... arguments) {
    Locale locale = Problems.locale(headers);
    return new InvalidInputException(key, arguments).messageIn(locale);
  }
}
