/**
 * Email delivery after commit (F-51, F-58, F-62, F-63): logging writes an outbox row per email
 * in its transaction, and the dispatcher claims due rows with {@code FOR UPDATE SKIP LOCKED} and
 * sends each in its own transaction over SMTP, or as an .eml file when no SMTP server is set.
 * Temporary failures are retried with exponential backoff; the outbox console lists, retries and
 * cancels messages.
 */
package crm.service.mail;
