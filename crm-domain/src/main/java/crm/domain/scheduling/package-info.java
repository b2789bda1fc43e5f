/** The runs of the scheduled jobs (F-61), as the timer console and the REST API read them. */
package crm.domain.scheduling;
