package crm.web.interaction;

import crm.domain.interaction.Evaluation;
import crm.domain.interaction.InteractionLogEntry;
import crm.service.email.InteractionSendingService.Text;
import crm.service.email.PostponedText;
import crm.service.interaction.InteractionRecordingService;
import crm.service.interaction.InteractionLanguage;
import crm.service.interaction.InteractionTemplateService;
import crm.service.setup.RecordDefaults;
import crm.web.shared.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/**
 * interaction/create.xhtml, Create interaction (F-32) for the contact of the {@code contactNo}
 * parameter, or resuming the postponed interaction of the {@code resume} parameter with every
 * value it kept. Finish logs it, with its letter or email when asked ({@link InteractionLetterBacking});
 * Cancel asks whether to keep it as a postponed interaction.
 */
@Named
@ViewScoped
public class InteractionWizardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionRecordingService recording;
  @Inject private InteractionTemplateService templates;
  @Inject private InteractionLanguage languages;
  @Inject private Clock clock;
  @Inject private RecordDefaults defaults;
  @Inject private InteractionLetterBacking letter;
  @Inject private PostponedText postponedText;
  private String contactNo;
  private Long resume;
  private InteractionForm form = new InteractionForm();

  /** f:viewAction: a resumed interaction's values, or a new one now; a gone template is said at once. */
  public void load() {
    if (resume != null) {
      InteractionLogEntry entry = Feedback.call(() -> recording.getPostponed(resume), null);
      contactNo = entry == null ? null : entry.getContactNo();
      var values = entry == null ? null : Feedback.call(() -> recording.valuesOf(resume), null);
      form = values == null ? form : InteractionForm.of(values);
      letter.resumeWith(values == null ? null : Feedback.call(() -> postponedText.of(resume), null));
      return;
    }
    form.startNow(clock, defaults.callerSalespersonCode());
  }

  /**
   * The template's defaults fill the values (cost, duration, correspondence type, campaign …), and
   * the language: the contact's when the template has a text in it, else the template's.
   */
  public void templateChosen() {
    var template = form.getTemplateCode() == null ? null : Feedback.call(() -> templates.get(form.getTemplateCode()), null);
    if (template != null) {
      form.useTemplate(template, languages.of(template, contactNo));
    }
    letter.refresh();
  }

  public String finish() {
    return save(false, "interaction.recorded");
  }

  /** Cancel, and keep the interaction as postponed. */
  public String postpone() {
    return save(true, "interaction.postponedMsg");
  }

  private String save(boolean postponed, String messageKey) {
    if (!postponed && letter.isSend()) {
      return letter.finish(resume);
    }
    Text kept = letter.isSend() ? letter.text() : null;
    InteractionLogEntry entry = postponed
        ? Feedback.call(() -> postponedText.postpone(contactNo, resume, form.values(), kept), messageKey)
        : resume == null
            ? Feedback.call(() -> recording.record(contactNo, form.values(), false), messageKey)
            : Feedback.call(() -> recording.resume(resume, form.values(), false), messageKey);
    if (entry == null) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return postponed ? "/interaction/postponed?faces-redirect=true" : "/contact/card?faces-redirect=true&no=" + contactNo;
  }

  public Evaluation[] getEvaluations() { return Evaluation.values(); }
  public String getContactNo() { return contactNo; }
  public void setContactNo(String contactNo) { this.contactNo = contactNo; }
  public Long getResume() { return resume; }
  public void setResume(Long resume) { this.resume = resume; }
  public InteractionForm getForm() { return form; }
}
