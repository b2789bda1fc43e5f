package crm.web.interaction;

import crm.domain.contact.Contact;
import crm.domain.interaction.Evaluation;
import crm.domain.interaction.SingleInteraction;
import crm.service.contact.ContactService;
import crm.service.interaction.InteractionRecordingService;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.PrimeFaces;

/**
 * Make phone call (F-32), from a contact card or a segment line: the contact's number to dial,
 * then the call recorded as one interaction (template of setting
 * {@code crm.interaction.phone-call-template} unless another is chosen; cost and duration from it
 * when left empty) through Create interaction's service, now, by the user's salesperson.
 */
@Named
@ViewScoped
public class PhoneCallBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String CALL_TEMPLATE = "crm.interaction.phone-call-template";
  @Inject private InteractionRecordingService recording;
  @Inject private ContactService contacts;
  private Contact contact;
  private String templateCode;
  private String description;
  private BigDecimal duration;
  private Evaluation evaluation;
  private boolean attemptFailed;

  /** Opens the dialog for a contact, every value empty again. */
  public void open(String contactNo) {
    contact = Feedback.call(() -> contacts.get(contactNo), null);
    // read here: a view-scoped bean cannot hold an injected config value (not passivation capable)
    templateCode = ConfigProvider.getConfig().getOptionalValue(CALL_TEMPLATE, String.class).orElse(null);
    description = null;
    duration = null;
    evaluation = null;
    attemptFailed = false;
    if (contact != null) {
      PrimeFaces.current().ajax().addCallbackParam("opened", true);
    }
  }

  public void record() {
    SingleInteraction call = new SingleInteraction(templateCode, description, null, null, null, evaluation, attemptFailed,
        null, null, null, null, null, duration, null, null, null, null);
    if (Feedback.call(() -> recording.record(contact.getNo(), call, false), "phoneCall.recorded", contact.getNo()) != null) {
      PrimeFaces.current().ajax().addCallbackParam("recorded", true);
    }
  }

  public Evaluation[] getEvaluations() { return Evaluation.values(); }
  public Contact getContact() { return contact; }
  public String getTemplateCode() { return templateCode; }
  public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public BigDecimal getDuration() { return duration; }
  public void setDuration(BigDecimal duration) { this.duration = duration; }
  public Evaluation getEvaluation() { return evaluation; }
  public void setEvaluation(Evaluation evaluation) { this.evaluation = evaluation; }
  public boolean isAttemptFailed() { return attemptFailed; }
  public void setAttemptFailed(boolean attemptFailed) { this.attemptFailed = attemptFailed; }
}
