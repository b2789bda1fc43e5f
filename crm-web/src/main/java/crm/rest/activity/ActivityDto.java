package crm.rest.activity;

import crm.domain.activity.Activity;
import crm.domain.activity.ActivityStep;
import crm.domain.shared.InvalidInputException;
import java.util.List;

/** An activity as the API shows and takes it: its steps in order, each with its date formula. */
public record ActivityDto(String code, String description, List<ActivityStepDto> steps, Integer version) {

  public static ActivityDto from(Activity a) {
    return new ActivityDto(a.getCode(), a.getDescription(),
        a.getSteps().stream().map(ActivityStepDto::from).toList(), a.getVersion());
  }

  void applyTo(Activity a) {
    a.setDescription(description);
    a.replaceSteps(steps == null ? List.of() : steps.stream().map(ActivityDto::step).toList());
  }

  private static ActivityStep step(ActivityStepDto step) {
    if (step == null) {
      throw new InvalidInputException("activity.badStepDescription", ActivityStep.DESCRIPTION_LENGTH);
    }
    return step.toStep();
  }
}
