package crm.domain.activity;

import crm.domain.shared.InvalidInputException;
import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One step of an activity: the to-do it makes (type, description, priority) and the date formula
 * that gives its due date from the assignment's start date.
 */
@Embeddable
public class ActivityStep {

  public static final int DESCRIPTION_LENGTH = 250;

  @Enumerated(EnumType.STRING)
  private ToDoType type;

  private String description;

  @Enumerated(EnumType.STRING)
  private ToDoPriority priority;

  @Column(name = "date_formula")
  private String dateFormula;

  protected ActivityStep() {}

  /** A step; the formula is checked and kept in capitals, a blank one is the start date. */
  public ActivityStep(ToDoType type, String description, ToDoPriority priority, String dateFormula) {
    this.type = type == null ? ToDoType.TO_DO : type;
    this.description = description == null ? null : description.strip();
    this.priority = priority == null ? ToDoPriority.NORMAL : priority;
    this.dateFormula = DateFormula.parse(dateFormula).toString();
  }

  void check() {
    if (description == null || description.isEmpty() || description.length() > DESCRIPTION_LENGTH) {
      throw new InvalidInputException("activity.badStepDescription", DESCRIPTION_LENGTH);
    }
  }

  /** The formula, read. */
  public DateFormula formula() {
    return DateFormula.parse(dateFormula);
  }

  public ToDoType getType() { return type; }
  public String getDescription() { return description; }
  public ToDoPriority getPriority() { return priority; }
  public String getDateFormula() { return dateFormula; }
}
