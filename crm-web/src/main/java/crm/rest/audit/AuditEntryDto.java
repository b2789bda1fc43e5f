package crm.rest.audit;

import crm.domain.audit.AuditAction;
import crm.domain.audit.AuditEntry;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;

/** An audit entry as the API shows it; {@code changes} is {"field": [before, after]} or the action's details. */
public record AuditEntryDto(long id, OffsetDateTime changedAt, String userName, AuditAction action,
    String recordType, String recordKey, JsonValue changes) {

  static AuditEntryDto from(AuditEntry e) {
    JsonValue changes = e.getChanges() == null
        ? JsonValue.NULL : Json.createReader(new StringReader(e.getChanges())).readValue();
    return new AuditEntryDto(e.getId(), e.getChangedAt(), e.getUserName(), e.getAction(), e.getRecordType(),
        e.getRecordKey(), changes);
  }
}
