package crm.service.email;

/** A subject and an HTML body, e.g. a template filled in for a contact. */
public record EmailText(String subject, String bodyHtml) {}
