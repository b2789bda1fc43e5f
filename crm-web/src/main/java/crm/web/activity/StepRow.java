package crm.web.activity;

import crm.domain.activity.ActivityStep;
import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoType;
import java.io.Serializable;

/** One step as the card edits it: a row of the steps table. */
public class StepRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private ToDoType type = ToDoType.CALL;
  private String description;
  private ToDoPriority priority = ToDoPriority.NORMAL;
  private String dateFormula = "0D";

  static StepRow of(ActivityStep step) {
    StepRow row = new StepRow();
    row.type = step.getType();
    row.description = step.getDescription();
    row.priority = step.getPriority();
    row.dateFormula = step.getDateFormula();
    return row;
  }

  ActivityStep toStep() {
    return new ActivityStep(type, description, priority, dateFormula);
  }

  public ToDoType getType() { return type; }
  public void setType(ToDoType type) { this.type = type; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public ToDoPriority getPriority() { return priority; }
  public void setPriority(ToDoPriority priority) { this.priority = priority; }
  public String getDateFormula() { return dateFormula; }
  public void setDateFormula(String dateFormula) { this.dateFormula = dateFormula; }
}
