package crm.service.audit;

import crm.domain.audit.AuditAction;
import crm.domain.audit.Audited;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

/**
 * Writes an audit entry for each insert, update and delete of one audited entity type, on the
 * connection and in the transaction of the change itself (so a change rolled back leaves no
 * entry): the fields with their values before and after, secret fields as "changed" only, and no
 * entry for an update that touched ignored fields only.
 */
final class AuditListener extends DescriptorEventAdapter {

  private static final String CHANGED = "(changed)";
  /** The optimistic lock's counter and the record's own time stamps tell nothing a person needs. */
  private static final List<String> NOISE = List.of("version", "createdAt", "updatedAt");

  private final String recordType;
  private final Set<String> ignored;
  private final Set<String> secret;

  AuditListener(Audited audited) {
    this.recordType = audited.value();
    this.ignored = new HashSet<>(List.of(audited.ignored()));
    this.ignored.addAll(NOISE);
    this.secret = Set.of(audited.secret());
  }

  @Override
  public void postInsert(DescriptorEvent event) {
    JsonObjectBuilder fields = Json.createObjectBuilder();
    for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
      String name = mapping.getAttributeName();
      if (!ignored.contains(name)) {
        Object value = mapping.getRealAttributeValueFromObject(event.getObject(), event.getSession());
        String shown = shown(name, value);
        if (!shown.isEmpty()) {
          fields.add(name, Json.createArrayBuilder().addNull().add(shown));
        }
      }
    }
    write(event, AuditAction.CREATE, fields.build().toString());
  }

  /** Before the update is written: the event then carries the change set (after it, the changes are gone). */
  @Override
  public void preUpdateWithChanges(DescriptorEvent event) {
    // The event's own change set is not filled in for updates; the write query's is.
    ObjectChangeSet changeSet = event.getQuery() instanceof WriteObjectQuery write ? write.getObjectChangeSet() : null;
    if (changeSet == null) {
      return;
    }
    JsonObjectBuilder fields = Json.createObjectBuilder();
    int count = 0;
    for (ChangeRecord change : changeSet.getChanges()) {
      String name = change.getAttribute();
      if (!ignored.contains(name)) {
        Object after = event.getDescriptor().getMappingForAttributeName(name)
            .getRealAttributeValueFromObject(event.getObject(), event.getSession());
        fields.add(name, Json.createArrayBuilder().add(shown(name, change.getOldValue())).add(shown(name, after)));
        count++;
      }
    }
    if (count > 0) {
      write(event, AuditAction.CHANGE, fields.build().toString());
    }
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    write(event, AuditAction.DELETE, null);
  }

  private String shown(String field, Object value) {
    if (secret.contains(field)) {
      return CHANGED;
    }
    if (value instanceof Collection<?> values) {
      return String.join(", ", values.stream().map(String::valueOf).sorted().toList());
    }
    return value == null ? "" : value.toString();
  }

  private void write(DescriptorEvent event, AuditAction action, String changes) {
    AbstractSession session = event.getSession();
    DataModifyQuery insert = new DataModifyQuery(new SQLCall(AuditRows.INSERT_WITH_NAMED_ARGUMENTS));
    AuditRows.ARGUMENTS.forEach(insert::addArgument);
    session.executeQuery(insert, AuditRows.values(action, recordType, key(event), changes));
  }

  private static String key(DescriptorEvent event) {
    ClassDescriptor descriptor = event.getDescriptor();
    Object id = descriptor.getObjectBuilder().extractPrimaryKeyFromObject(event.getObject(), event.getSession());
    if (id instanceof org.eclipse.persistence.internal.identitymaps.CacheId cacheId) {
      return String.join(" ", Arrays.stream(cacheId.getPrimaryKey()).map(String::valueOf).toList());
    }
    return String.valueOf(id);
  }
}
