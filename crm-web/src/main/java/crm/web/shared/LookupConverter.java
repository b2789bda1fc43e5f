package crm.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The value of a lookup field (WEB-INF/includes/lookup.xhtml): the field stores a code and shows
 * "code · name"; the component's attribute {@code lookup} names the table ({@link Lookups#label}).
 */
@FacesConverter("crm.lookup")
public class LookupConverter implements Converter<String> {

  @Override
  public String getAsString(FacesContext context, UIComponent component, String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    if (code.contains(Lookups.CONTACT_SEPARATOR)) {
      return code;
    }
    Lookups lookups = context.getApplication().evaluateExpressionGet(context, "#{lookups}", Lookups.class);
    return lookups.label((String) component.getAttributes().get("lookup"), code);
  }

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String text) {
    return Lookups.codeOf(text);
  }
}
