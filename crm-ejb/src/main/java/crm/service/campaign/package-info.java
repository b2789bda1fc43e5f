/** Campaigns, their entries (cancel, delete canceled) and their statistics. */
package crm.service.campaign;
