package crm.web.shared;

import crm.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a page action and tells the user how it went with a message in the page: the success
 * text from the bundle, the business rule that refused it in the user's language, "you are not
 * allowed" when the user's roles do not allow it, or a plain
 * "unexpected error" (the details go to the server log, never to the page).
 */
public final class Feedback {

  private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

  private static final String LAST_ERROR = Feedback.class.getName() + ".lastError";

  private Feedback() {}

  /** The message key of the business rule that refused the last action of this request, or null. */
  public static String lastErrorKey() {
    return (String) FacesContext.getCurrentInstance().getAttributes().get(LAST_ERROR);
  }

  /** Runs the action; answers false (and marks validation failed, so dialogs stay open) when it fails. */
  public static boolean run(Runnable action, String successKey, Object... arguments) {
    return call(() -> {
      action.run();
      return Boolean.TRUE;
    }, successKey, arguments) != null;
  }

  /** Like {@link #run} for an action with a result; answers null when it fails. */
  public static <T> T call(Supplier<T> action, String successKey, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      T result = action.get();
      if (successKey != null) {
        info(successKey, arguments);
      }
      return result;
    } catch (RuntimeException e) {
      BusinessException cause = businessCause(e);
      if (refusedByRole(e)) {
        add(FacesMessage.SEVERITY_ERROR, text("error.forbidden"));
      } else if (cause != null) {
        context.getAttributes().put(LAST_ERROR, cause.key());
        add(FacesMessage.SEVERITY_ERROR, cause.messageIn(locale()));
      } else {
        LOG.log(Level.SEVERE, "Page action failed", e);
        add(FacesMessage.SEVERITY_ERROR, text("error.unexpected"));
      }
    }
    context.validationFailed();
    return null;
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** A label of the bundle in the user's language, with its arguments filled in. */
  public static String text(String key, Object... arguments) {
    return text(locale(), key, arguments);
  }

  /** The same in a given language, outside a page (a REST answer in the caller's language). */
  public static String text(Locale locale, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle("crm.web.messages", locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private static boolean refusedByRole(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }

  private static BusinessException businessCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return business;
      }
    }
    return null;
  }
}
