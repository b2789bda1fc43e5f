package crm.web.interaction;

import crm.service.interaction.TemplatePreviewService;
import crm.service.letter.Recipient;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import crm.web.shared.Lookups;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * The preview in the language editor of interaction/template.xhtml (F-31): the letter and the
 * email of a template language, with its text as it stands in the editor, for a contact the
 * user chooses. Lives as long as {@link TemplateLanguageBacking}, which holds it.
 */
@Dependent
class TemplateContactPreview implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private TemplatePreviewService previews;
  private String contact;
  private Recipient.EmailContent email;

  /** The letter for the chosen contact, or null with a message. */
  StreamedContent letter(String templateCode, String languageCode, String subject, String body) {
    if (!contactChosen()) {
      return null;
    }
    byte[] pdf = Feedback.call(() -> previews.letter(templateCode, languageCode, subject, body, contactNo()), null);
    return Downloads.pdf(templateCode + "-" + languageCode + ".pdf", pdf);
  }

  /** The email for the chosen contact, shown under the editor. */
  void email(String templateCode, String languageCode, String subject, String body) {
    if (!contactChosen()) {
      return;
    }
    email = Feedback.call(() -> previews.email(templateCode, languageCode, subject, body, contactNo()), null);
  }

  /** Another language opened: no email shown. */
  void clearEmail() {
    email = null;
  }

  private boolean contactChosen() {
    if (contactNo() == null) {
      Feedback.error("template.preview.noContact");
      return false;
    }
    return true;
  }

  private String contactNo() {
    return Lookups.contactNoOf(contact);
  }

  String getContact() { return contact; }
  void setContact(String contact) { this.contact = contact; }
  Recipient.EmailContent getEmail() { return email; }
}
