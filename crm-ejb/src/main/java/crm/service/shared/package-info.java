/**
 * What every service shares: the data source and schema migration at startup, and paged lists.
 */
package crm.service.shared;
