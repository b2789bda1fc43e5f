package crm.web.audit;

import crm.domain.audit.AuditAction;
import crm.domain.audit.AuditEntry;
import crm.service.audit.AuditTrail;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** setup/audit.xhtml: the audit trail (F-74), newest first, filtered in the database. */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private AuditTrail trail;
  private PageModel<AuditEntry> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(trail::list, entry -> String.valueOf(entry.getId()),
        Map.of("action", AuditAction::valueOf, "recordType", String::valueOf, "userName", String::valueOf));
  }

  public PageModel<AuditEntry> getModel() {
    return model;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  /** The time in the page's language and the server's zone, to the second. */
  public String when(AuditEntry entry) {
    return entry.getChangedAt().atZoneSameInstant(ZoneId.systemDefault())
        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(Feedback.locale()));
  }

  /** "field: before → after" per changed field; the details of an action as they are. */
  public List<String> changes(AuditEntry entry) {
    if (entry.getChanges() == null) {
      return List.of();
    }
    JsonValue value = Json.createReader(new StringReader(entry.getChanges())).readValue();
    if (!(value instanceof JsonObject fields)) {
      return List.of(value.toString());
    }
    List<String> lines = new ArrayList<>();
    fields.forEach((field, change) -> lines.add(field + ": " + change(change)));
    return lines;
  }

  private static String change(JsonValue change) {
    if (change instanceof JsonArray beforeAfter && beforeAfter.size() == 2) {
      String after = text(beforeAfter.get(1));
      return beforeAfter.isNull(0) ? after : text(beforeAfter.get(0)) + " → " + after;
    }
    return text(change);
  }

  private static String text(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString() : value.toString();
  }
}
