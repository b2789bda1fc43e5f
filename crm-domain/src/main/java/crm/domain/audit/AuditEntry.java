package crm.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of the audit trail, as read by the trail's page and the REST API; written with SQL only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private long id;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  @Column(name = "user_name")
  private String userName;

  @Enumerated(EnumType.STRING)
  private AuditAction action;

  @Column(name = "record_type")
  private String recordType;

  @Column(name = "record_key")
  private String recordKey;

  /** The changed fields as JSON: {"field": [before, after]}, or the details of an action. */
  private String changes;

  public long getId() { return id; }
  public OffsetDateTime getChangedAt() { return changedAt; }
  public String getUserName() { return userName; }
  public AuditAction getAction() { return action; }
  public String getRecordType() { return recordType; }
  public String getRecordKey() { return recordKey; }
  public String getChanges() { return changes; }
}
