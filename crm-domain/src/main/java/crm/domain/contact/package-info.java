/**
 * Contacts: the companies and persons marketing addresses, with the codes that segments select
 * them by.
 */
package crm.domain.contact;
