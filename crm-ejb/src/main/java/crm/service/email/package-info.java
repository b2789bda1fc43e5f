/**
 * Emails written in the application (F-50, F-52, F-53, F-57, F-58): drafts, inserting a template,
 * files, sending now or later through the outbox, the schedule, tracking state and the
 * recommended send time. Sending records one interaction log entry per recipient contact and one
 * outbox row in the user's transaction; the dispatcher sends after commit. The follow-up (F-54..F-56):
 * reminders, replies read from the sender mailbox and the action cards the timers raise from them.
 */
package crm.service.email;
