package crm.web.interaction;

import crm.domain.interaction.SingleInteraction;
import crm.service.email.InteractionSendingService;
import crm.service.email.InteractionSendingService.Sent;
import crm.service.email.InteractionSendingService.Text;
import crm.service.letter.LetterService;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * Finish of interaction/create.xhtml with the letter or the email (F-32): the interaction
 * recorded, or the postponed one resumed, with its text. A letter is then kept on the page for
 * download, exactly as sent; an email has gone to the outbox and the page goes back to the
 * contact. Lives as long as {@link InteractionLetterBacking}, which holds it.
 */
@Dependent
class InteractionFinish implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionSendingService sending;
  @Inject private LetterService letters;
  private Long letterEntryNo;

  /** Finishes; answers null to stay on the page (with the letter, or refused), else the contact's card. */
  String finish(String contactNo, Long resume, SingleInteraction values, Text text) {
    Sent sent = resume == null
        ? Feedback.call(() -> sending.record(contactNo, values, text), null)
        : Feedback.call(() -> sending.resume(resume, values, text), null);
    if (sent == null) {
      return null;
    }
    if (sent.letter()) {
      Feedback.info("interaction.recordedWithLetter", sent.entry().getEntryNo());
      letterEntryNo = sent.entry().getEntryNo();
      return null;
    }
    Feedback.info("interaction.recordedWithEmail", sent.entry().getEntryNo());
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/contact/card?faces-redirect=true&no=" + contactNo;
  }

  /** The letter Finish kept, exactly as sent. */
  StreamedContent download() {
    byte[] pdf = letterEntryNo == null ? null : Feedback.call(() -> letters.letterOfEntry(letterEntryNo), null);
    return Downloads.pdf("letter-" + letterEntryNo + ".pdf", pdf);
  }

  /** The entry of the letter Finish kept, or null before Finish. */
  Long letterEntryNo() {
    return letterEntryNo;
  }
}
