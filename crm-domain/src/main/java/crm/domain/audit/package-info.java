/**
 * The audit trail (F-74): who changed what and when, with each field before and after. Entities
 * marked {@link crm.domain.audit.Audited} are recorded by one listener in the persistence layer;
 * set-based business actions (logging a segment, canceling it) record themselves.
 */
package crm.domain.audit;
