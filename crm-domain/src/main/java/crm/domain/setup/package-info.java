/**
 * Master data shared by every feature: the simple code tables (job responsibilities, business
 * relations, languages …), salespeople, and the number series that hand out business numbers.
 */
package crm.domain.setup;
