package crm.domain.shared;

/** The values given break a rule of the record (an end date before the start date, …). */
public class InvalidInputException extends BusinessException {
  public InvalidInputException(String key, Object... arguments) {
    super(key, arguments);
  }
}
