package crm.domain.shared;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
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
      Object[] translated = Arrays.stream(arguments)
          .map(argument -> argument instanceof MessageText text ? bundle.getString(text.key()) : argument)
          .toArray();
      return new MessageFormat(bundle.getString(key), locale).format(translated);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  @Override
  public String getMessage() {
    return messageIn(Locale.ENGLISH);
  }
}
