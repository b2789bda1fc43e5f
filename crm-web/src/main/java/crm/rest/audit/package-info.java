/** The audit trail over REST (F-74): who changed what, when, before and after; the administrator's. */
package crm.rest.audit;
