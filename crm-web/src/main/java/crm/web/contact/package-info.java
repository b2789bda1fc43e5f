/** The contact pages (F-01): the lazy list and the card, and contact names for other tables. */
package crm.web.contact;
