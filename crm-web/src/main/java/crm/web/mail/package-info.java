/** The outbox console (F-62): the emails waiting, sent, failed or canceled, with retry and cancel. */
package crm.web.mail;
