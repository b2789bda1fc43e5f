/**
 * Emails composed in the application or written by segment logging (F-50..F-53, F-57, F-58): their
 * recipients, files, status from draft to sent, send-later time and tracking state. One model for
 * single and bulk emails (DESIGN.md decision 10); the outbox delivers them.
 */
package crm.domain.email;
