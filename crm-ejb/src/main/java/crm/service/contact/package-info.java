/** Contacts: create, change, delete when unused, and list page by page. */
package crm.service.contact;
