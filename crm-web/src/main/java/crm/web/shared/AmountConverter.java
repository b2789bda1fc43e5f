package crm.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParseException;

/**
 * Shows an amount (cost, rate) with two decimals in the user's language (F-72): 1,234.50 in
 * English, 1 234,50 in French. The one place where the pages format amounts:
 * {@code <h:outputText value="#{x.cost}" converter="crm.amount"/>}.
 */
@FacesConverter("crm.amount")
public class AmountConverter implements Converter<Number> {

  @Override
  public String getAsString(FacesContext context, UIComponent component, Number value) {
    return value == null ? "" : format().format(value);
  }

  @Override
  public Number getAsObject(FacesContext context, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(format().parse(text.trim()).toString());
    } catch (ParseException e) {
      throw new ConverterException(Feedback.text("common.badAmount", text));
    }
  }

  private static NumberFormat format() {
    NumberFormat format = NumberFormat.getNumberInstance(Feedback.locale());
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format;
  }
}
