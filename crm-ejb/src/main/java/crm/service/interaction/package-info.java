/** Interaction templates with their language versions, and the interaction log. */
package crm.service.interaction;
