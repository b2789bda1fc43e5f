package crm.rest.activity;

import crm.domain.activity.ActivityStep;
import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoType;

/** One step: the to-do it makes and its date formula ({@code 1W}, {@code CM+1D} …). */
public record ActivityStepDto(ToDoType type, String description, ToDoPriority priority, String dateFormula) {

  static ActivityStepDto from(ActivityStep s) {
    return new ActivityStepDto(s.getType(), s.getDescription(), s.getPriority(), s.getDateFormula());
  }

  ActivityStep toStep() {
    return new ActivityStep(type, description, priority, dateFormula);
  }
}
