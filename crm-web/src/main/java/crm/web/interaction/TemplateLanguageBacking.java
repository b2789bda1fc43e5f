package crm.web.interaction;

import crm.domain.letter.MergeField;
import crm.service.interaction.InteractionTemplateService;
import crm.service.letter.Recipient;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The language editor of interaction/template.xhtml (F-31): subject and body with merge fields,
 * and a preview of the letter and of the email for a contact chosen by the user
 * ({@link TemplateContactPreview}). The files of the language are on {@link TemplateFilesBacking}.
 */
@Named
@ViewScoped
public class TemplateLanguageBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionTemplateService templates;
  @Inject private TemplateContactPreview preview;
  @Inject private TemplateCardBacking card;
  private String languageCode;
  private boolean saved;
  private String description;
  private String subject;
  private String body;

  public void openNew() {
    fill(null, false, null, null, null);
  }

  public void open(String language) {
    var version = templates.getLanguage(card.getCode(), language);
    fill(language, true, version.getDescription(), version.getSubject(), version.getBody());
  }

  /** Saves the version; refused with the names of unknown merge fields. */
  public void save() {
    if (Feedback.run(() -> templates.saveLanguage(card.getCode(), languageCode, l -> {
      l.setDescription(description);
      l.setSubject(subject);
      l.setBody(body);
    }), "template.language.saved", languageCode)) {
      saved = true;
      card.refreshLanguages();
    }
  }

  /** The letter for the chosen contact, with the text as it stands in the editor. */
  public StreamedContent previewLetter() {
    return preview.letter(card.getCode(), languageCode, subject, body);
  }

  /** Shows the email for the chosen contact under the editor. */
  public void previewEmail() {
    preview.email(card.getCode(), languageCode, subject, body);
  }

  public List<String> getMergeFields() {
    return Arrays.stream(MergeField.values()).map(MergeField::key).toList();
  }

  private void fill(String language, boolean existing, String newDescription, String newSubject, String newBody) {
    languageCode = language;
    saved = existing;
    description = newDescription;
    subject = newSubject;
    body = newBody;
    preview.clearEmail();
  }

  public String getLanguageCode() { return languageCode; }
  public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
  /** Whether the version exists, so files can be attached to it and its code no longer changes. */
  public boolean isSaved() { return saved; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  /** The contact chosen for the preview, as "No. · name". */
  public String getContact() { return preview.getContact(); }
  public void setContact(String contact) { preview.setContact(contact); }
  public Recipient.EmailContent getEmail() { return preview.getEmail(); }
}
