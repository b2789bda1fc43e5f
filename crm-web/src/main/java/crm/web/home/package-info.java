/** The home page: the marketing manager's role centre with counts, active campaigns and recent segments. */
package crm.web.home;
