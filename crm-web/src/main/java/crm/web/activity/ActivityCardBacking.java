package crm.web.activity;

import crm.domain.activity.Activity;
import crm.service.activity.ActivityService;
import crm.web.shared.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * activity/card.xhtml: a new activity (no {@code code} parameter) or an existing one, its steps
 * edited as rows (added, removed, moved up) and saved together.
 */
@Named
@ViewScoped
public class ActivityCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ActivityService activities;
  private String code;
  private String newCode;
  private String description;
  private int version;
  private boolean known;
  private final List<StepRow> steps = new ArrayList<>();

  /** f:viewAction: reads the activity named by the {@code code} parameter; a new one starts with one step. */
  public void load() {
    Activity activity = code == null || code.isBlank() ? null : Feedback.call(() -> activities.get(code), null);
    known = activity != null;
    steps.clear();
    if (!known) {
      steps.add(new StepRow());
      return;
    }
    description = activity.getDescription();
    version = activity.getVersion();
    activity.getSteps().forEach(step -> steps.add(StepRow.of(step)));
  }

  public String save() {
    Activity saved = known
        ? Feedback.call(() -> activities.update(code, version, this::copyForm), "common.saved")
        : Feedback.call(() -> activities.create(newCode == null ? null : newCode.strip(), this::copyForm), "activity.created");
    return saved == null ? null : reload("/activity/card?faces-redirect=true&code=" + saved.getCode());
  }

  public String delete() {
    return Feedback.run(() -> activities.delete(code), "common.deleted") ? reload("/activity/list?faces-redirect=true") : null;
  }

  public void addStep() {
    steps.add(new StepRow());
  }

  public void removeStep(int index) {
    steps.remove(index);
  }

  public void moveUp(int index) {
    if (index > 0) {
      steps.add(index - 1, steps.remove(index));
    }
  }

  private void copyForm(Activity target) {
    target.setDescription(description);
    target.replaceSteps(steps.stream().map(StepRow::toStep).toList());
  }

  private static String reload(String outcome) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return outcome;
  }

  public boolean isKnown() { return known; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getNewCode() { return newCode; }
  public void setNewCode(String newCode) { this.newCode = newCode; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public List<StepRow> getSteps() { return steps; }
}
