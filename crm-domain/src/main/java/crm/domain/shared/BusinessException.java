package crm.domain.shared;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A refused action: the user asked for something the business rules do not allow. It rolls the
 * transaction back, so nothing is half-written, and carries a message key resolved in the
 * user's language from {@code crm/domain/shared/errors*.properties}.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private static final String BUNDLE = "crm.domain.shared.errors";
  private final String key;
  private final transient Object[] arguments;

  protected BusinessException(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = arguments.clone();
  }

  public String key() {
    return key;
  }

  /** The message in the given language (English when there is no translation). */
  public String messageIn(Locale locale) {
    try {
      var bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              BusinessException.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      Object[] translated = Arrays.stream(arguments).map(argument -> inWords(bundle, argument)).toArray();
      return new MessageFormat(bundle.getString(key), locale).format(translated);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /**
   * An argument as the pages show it: a translated text, or a date or time in the format of the
   * user's language (12/31/2026 in English, 31/12/2026 in French), an instant in UTC, never ISO.
   */
  private static Object inWords(ResourceBundle bundle, Object argument) {
    if (argument instanceof MessageText text) {
      return bundle.getString(text.key());
    } else if (argument instanceof LocalDate date) {
      return date.format(DateTimeFormatter.ofPattern(bundle.getString("format.date")));
    } else if (argument instanceof LocalDateTime time) {
      return time.format(DateTimeFormatter.ofPattern(bundle.getString("format.dateTime")));
    } else if (argument instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(bundle.getString("format.instant")));
    }
    return argument;
  }

  @Override
  public String getMessage() {
    return messageIn(Locale.ENGLISH);
  }
}
