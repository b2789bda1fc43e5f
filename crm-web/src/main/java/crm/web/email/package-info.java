/**
 * The email pages (F-50..F-53): the composer with its files and the send-later dialog, the email
 * card, and the emails on a contact's card; the reminder dialog and the user's action cards (F-54, F-56). Times are instants, shown and typed in the user's zone.
 */
package crm.web.email;
