package crm.web.email;

import crm.domain.email.Email;
import crm.domain.email.EmailRecipient;
import crm.domain.email.RecipientKind;
import crm.domain.email.TrackingState;
import crm.service.email.EmailDraft;
import crm.service.email.EmailDraft.Address;
import crm.web.shared.Lookups;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the composer's fields hold. To and Cc are tokens: a contact as "No. · name" (the contact
 * lookup's answer), a plain address as typed.
 */
public class EmailForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private List<String> to = new ArrayList<>();
  private List<String> cc = new ArrayList<>();
  private String subject;
  private String body;
  private boolean tracked = true;
  private String templateCode;
  private String languageCode;

  /** The draft to save, about the given contact. */
  EmailDraft draft(String contactNo) {
    return new EmailDraft(contactNo, addresses(to), addresses(cc), subject, body, templateCode, languageCode,
        tracked ? TrackingState.ON : TrackingState.OFF);
  }

  /** The fields as the email was saved (the body sanitised). */
  void fill(Email email) {
    to = tokens(email.getRecipients(), RecipientKind.TO);
    cc = tokens(email.getRecipients(), RecipientKind.CC);
    subject = email.getSubject();
    body = email.getBodyHtml();
    tracked = email.getTracking() != TrackingState.OFF;
    templateCode = email.getTemplateCode();
    languageCode = email.getLanguageCode();
  }

  /** A new email to the regarding contact, offering its language for templates. */
  void addressTo(String contactNo, String name, String language) {
    to = new ArrayList<>(List.of(contactNo + Lookups.CONTACT_SEPARATOR + name));
    languageCode = language;
  }

  /** The first contact among the To recipients, or null. */
  String firstContact() {
    return to.stream().map(Lookups::contactNoOf).filter(no -> no != null).findFirst().orElse(null);
  }

  /** Whether the sanitiser removed a script that the body had when it was saved. */
  boolean scriptRemoved(String savedBody) {
    return hasScript(body) && !hasScript(savedBody);
  }

  private static boolean hasScript(String html) {
    return html != null && html.toLowerCase(Locale.ROOT).contains("<script");
  }

  private static List<Address> addresses(List<String> tokens) {
    return tokens == null ? List.of() : tokens.stream().filter(t -> t != null && !t.isBlank())
        .map(t -> Lookups.contactNoOf(t) == null ? new Address(null, t.strip()) : new Address(Lookups.contactNoOf(t), null))
        .toList();
  }

  private static List<String> tokens(List<EmailRecipient> recipients, RecipientKind kind) {
    return new ArrayList<>(recipients.stream().filter(r -> r.getKind() == kind)
        .map(r -> r.getContactNo() == null ? r.getAddress() : r.getContactNo() + Lookups.CONTACT_SEPARATOR + r.getName())
        .toList());
  }

  public List<String> getTo() { return to; }
  public void setTo(List<String> to) { this.to = to; }
  public List<String> getCc() { return cc; }
  public void setCc(List<String> cc) { this.cc = cc; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public boolean isTracked() { return tracked; }
  public void setTracked(boolean tracked) { this.tracked = tracked; }
  public String getTemplateCode() { return templateCode; }
  public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
  public String getLanguageCode() { return languageCode; }
  public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
}
