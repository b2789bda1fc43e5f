package crm.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Shows a date, or a date and time, in the user's language (F-72): the patterns format.date and
 * format.dateTime of the bundle, 12/31/2026 in English, 31/12/2026 in French. The one place
 * where the pages format dates: {@code <h:outputText value="#{x.date}" converter="crm.date"/>}.
 */
@FacesConverter("crm.date")
public class LocalDateConverter implements Converter<TemporalAccessor> {

  @Override
  public String getAsString(FacesContext context, UIComponent component, TemporalAccessor value) {
    return format(value);
  }

  /** The date, or date and time, in the user's language; "" for null. */
  public static String format(TemporalAccessor value) {
    if (value == null) {
      return "";
    }
    String key = value instanceof LocalDateTime ? "format.dateTime" : "format.date";
    return DateTimeFormatter.ofPattern(Feedback.text(key), Feedback.locale()).format(value);
  }

  /** Dates are typed in date pickers, which parse them themselves; this reads a plain date back. */
  @Override
  public TemporalAccessor getAsObject(FacesContext context, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return LocalDate.parse(text.trim(), DateTimeFormatter.ofPattern(Feedback.text("format.date")));
  }
}
