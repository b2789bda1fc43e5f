package crm.domain.audit;

/**
 * What was done to a record: created, changed, deleted, or a business action such as logging, or
 * logins locked after too many failures (for a user name or a source address).
 */
public enum AuditAction {
  CREATE,
  CHANGE,
  DELETE,
  LOG,
  CANCEL,
  LOCK
}
