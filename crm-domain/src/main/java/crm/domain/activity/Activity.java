package crm.domain.activity;

import crm.domain.audit.Audited;
import crm.domain.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * An activity (F-14): a named plan of work, its steps in order. Assigning it to a contact, a
 * campaign, a segment or a salesperson on a start date makes one to-do per step (and per
 * contact), due on the date each step's formula gives.
 */
@Audited("ACTIVITY")
@Entity
@Table(name = "activity")
public class Activity {

  public static final int MAX_STEPS = 50;
  private static final int DESCRIPTION_LENGTH = 100;

  @Id private String code;
  private String description;

  @ElementCollection
  @CollectionTable(name = "activity_step", joinColumns = @JoinColumn(name = "activity_code"))
  @OrderColumn(name = "line_no")
  private List<ActivityStep> steps = new ArrayList<>();

  @Version private int version;

  @Column(name = "created_by")
  private String createdBy;

  protected Activity() {}

  public Activity(String code, String createdBy) {
    this.code = code;
    this.createdBy = createdBy;
  }

  /** Refuses a description missing or too long, no steps, too many, or a step without a description. */
  public void check() {
    if (description == null || description.isBlank() || description.length() > DESCRIPTION_LENGTH) {
      throw new InvalidInputException("activity.badDescription", DESCRIPTION_LENGTH);
    }
    if (steps.isEmpty() || steps.size() > MAX_STEPS) {
      throw new InvalidInputException("activity.steps", MAX_STEPS);
    }
    steps.forEach(ActivityStep::check);
  }

  /** Puts these steps in place of the current ones, in this order. */
  public void replaceSteps(List<ActivityStep> newSteps) {
    steps.clear();
    steps.addAll(newSteps);
  }

  public String getCode() { return code; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description == null ? null : description.strip(); }
  public List<ActivityStep> getSteps() { return List.copyOf(steps); }
  public int getVersion() { return version; }
  public String getCreatedBy() { return createdBy; }
}
