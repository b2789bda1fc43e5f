package crm.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages (F-72): first the browser's preferred language among the supported
 * ones (faces-config), then the one the user picks in the menu. It is the user's preference
 * for the whole visit, not page state, hence the session scope.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      locale = context.getApplication().getViewHandler().calculateLocale(context);
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Switches the language and shows the same page again, with its parameters. */
  public String switchTo(String language) {
    locale = Locale.forLanguageTag(language);
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(locale);
    return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
