/**
 * What every page shares: the user's language, messages shown in the page for a done or refused
 * action, lazy lists backed by the services' paged lists, the code lists of the selection
 * fields and the menu's page search.
 */
package crm.web.shared;
