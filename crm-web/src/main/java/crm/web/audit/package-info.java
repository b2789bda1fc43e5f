/** The audit trail's page (F-74): who changed what and when, for the administrator. */
package crm.web.audit;
