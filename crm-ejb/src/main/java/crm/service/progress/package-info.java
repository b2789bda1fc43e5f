/**
 * Long work that shows how far it is (F-66): a run of a long batch, such as logging a large
 * segment, records its phase and counts in table {@code work_progress}, outside its own
 * transaction, so that any page on any instance can show them while it runs and its result or
 * failure after, even when the user left the page or the run was started elsewhere.
 */
package crm.service.progress;
