package crm.web.interaction;

import crm.service.email.InteractionSendingService;
import crm.service.email.InteractionSendingService.Text;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * The letter or email of interaction/create.xhtml (F-32): whether Finish sends the template's
 * text, that text merged for the contact to read and edit (kept for this interaction only, as a
 * segment line's), its letter as a PDF before Finish, and the letter kept by Finish after it
 * ({@link InteractionFinish}).
 */
@Named
@ViewScoped
public class InteractionLetterBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionSendingService sending;
  @Inject private InteractionWizardBacking wizard;
  @Inject private InteractionFinish finishing;
  private boolean send;
  private String subject;
  private String body;

  /** The template's text for the values chosen, merged for the contact, in place of any edit. */
  public void load() {
    Text text = Feedback.call(() -> sending.text(wizard.getContactNo(), wizard.getForm().values()), null);
    subject = text == null ? null : text.subject();
    body = text == null ? null : text.body();
  }

  /**
   * The send box ticked, or another template or language while it is: the text to read and edit,
   * in place of one edited for the former; unticked: nothing to send.
   */
  public void refresh() {
    if (send) {
      load();
    } else {
      subject = null;
      body = null;
    }
  }

  /**
   * Finish with the letter, then offered for download on this page, or with the email, gone to
   * the outbox (back to the contact); {@code resume}: the postponed interaction finished.
   */
  String finish(Long resume) {
    return finishing.finish(wizard.getContactNo(), resume, wizard.getForm().values(), text());
  }

  /** The letter as Finish would print it, or null with a message. */
  public StreamedContent preview() {
    byte[] pdf = Feedback.call(() -> sending.previewLetter(wizard.getContactNo(), wizard.getForm().values(), text()), null);
    return Downloads.pdf("letter-" + wizard.getContactNo() + ".pdf", pdf);
  }

  /** The letter Finish kept, exactly as sent. */
  public StreamedContent download() {
    return finishing.download();
  }

  /** A resumed interaction's text, as it was when it was postponed; null: none kept. */
  void resumeWith(Text kept) {
    if (kept != null) {
      send = true;
      subject = kept.subject();
      body = kept.body();
    }
  }

  /** The text edited, or null: the template's. */
  Text text() {
    return subject == null && body == null ? null : new Text(subject, body);
  }

  public boolean isLoaded() { return body != null; }
  public boolean isFinished() { return finishing.letterEntryNo() != null; }
  public Long getLetterEntryNo() { return finishing.letterEntryNo(); }
  public boolean isSend() { return send; }
  public void setSend(boolean send) { this.send = send; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
}
