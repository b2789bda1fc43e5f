package crm.domain.audit;

/** What was done to a record: created, changed, deleted, or a business action such as logging. */
public enum AuditAction {
  CREATE,
  CHANGE,
  DELETE,
  LOG,
  CANCEL
}
