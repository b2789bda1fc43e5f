/** The interaction pages: the interaction log entries with their filters (F-33) and the templates (F-30). */
package crm.web.interaction;
