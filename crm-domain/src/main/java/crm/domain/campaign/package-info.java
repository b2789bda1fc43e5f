/** Campaigns, the entries their logged segments leave behind, and their statistics. */
package crm.domain.campaign;
