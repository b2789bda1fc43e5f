/**
 * Interactions: the templates that describe a kind of contact moment (letter, call, response)
 * with their language versions, and the log entries that record each one that happened.
 */
package crm.domain.interaction;
