/**
 * The campaign pages: the list, and the card with its General section, its entries (cancel,
 * delete the canceled ones) and its statistics (F-10..F-12).
 */
package crm.web.campaign;
