package crm.web.activity;

import crm.domain.activity.DateFormula;
import crm.domain.shared.InvalidInputException;
import crm.web.shared.Feedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/** Checks a date formula as it is typed ({@code 3X} is refused at once, in the user's language). */
@FacesValidator("crm.dateFormula")
public class DateFormulaValidator implements Validator<String> {

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    try {
      DateFormula.parse(value);
    } catch (InvalidInputException e) {
      String text = e.messageIn(Feedback.locale());
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }
}
