/**
 * Activity pages (F-14): the list, the card with its ordered steps, and the Assign activity
 * dialog that the segment, contact, campaign and activity cards share.
 */
package crm.web.activity;
