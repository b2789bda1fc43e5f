package crm.web.interaction;

import crm.domain.interaction.InteractionTemplate;
import crm.domain.interaction.InteractionTemplateLanguage;
import crm.service.interaction.InteractionTemplateService;
import crm.web.shared.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * interaction/template.xhtml: one interaction template (F-30) with its language versions (F-31).
 * The form edits a detached copy; the language editor is {@link TemplateLanguageBacking}.
 */
@Named
@ViewScoped
public class TemplateCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionTemplateService templates;
  private String code;
  private String newCode;
  private InteractionTemplate template;
  private List<InteractionTemplateLanguage> languages = List.of();

  /** f:viewAction: reads the template named by the {@code code} parameter, or starts a new one. */
  public void load() {
    template = isNew() ? null : Feedback.call(() -> templates.get(code), null);
    if (template == null) {
      code = null;
      template = new InteractionTemplate(null);
      return;
    }
    refreshLanguages();
  }

  public void refreshLanguages() {
    languages = templates.languages(code);
  }

  public String save() {
    if (isNew()) {
      String created = newCode == null ? null : newCode.trim().toUpperCase();
      if (Feedback.call(() -> templates.create(created, this::copyForm), null) == null) {
        return null;
      }
      Feedback.info("template.created", created);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/interaction/template?faces-redirect=true&code=" + created;
    }
    if (Feedback.call(() -> templates.update(code, template.getVersion(), this::copyForm), "common.saved") != null) {
      load();
    }
    return null;
  }

  /** Deletes the template (refused while segments or interactions use it) and goes back to the list. */
  public String delete() {
    if (!Feedback.run(() -> templates.delete(code), "template.deleted", code)) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/interaction/templates?faces-redirect=true";
  }

  public void deleteLanguage(String languageCode) {
    if (Feedback.run(() -> templates.deleteLanguage(code, languageCode), "template.language.deleted", languageCode)) {
      refreshLanguages();
    }
  }

  private void copyForm(InteractionTemplate target) {
    target.setDescription(template.getDescription());
    target.setInteractionGroupCode(template.getInteractionGroupCode());
    target.setUnitCost(template.getUnitCost());
    target.setUnitDuration(template.getUnitDuration());
    target.setInformationFlow(template.getInformationFlow());
    target.setInitiatedBy(template.getInitiatedBy());
    target.setCorrespondenceType(template.getCorrespondenceType());
    target.setLanguageCode(template.getLanguageCode());
    target.setCampaignNo(template.getCampaignNo());
    target.setCampaignTarget(template.isCampaignTarget());
    target.setCampaignResponse(template.isCampaignResponse());
    target.setIgnoreContactCorrespondenceType(template.isIgnoreContactCorrespondenceType());
  }

  public boolean isNew() { return code == null || code.isBlank(); }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getNewCode() { return newCode; }
  public void setNewCode(String newCode) { this.newCode = newCode; }
  public InteractionTemplate getTemplate() { return template; }
  public List<InteractionTemplateLanguage> getLanguages() { return languages; }
}
