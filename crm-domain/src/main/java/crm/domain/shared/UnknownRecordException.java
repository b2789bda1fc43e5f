package crm.domain.shared;

/** The record named by the user does not exist (a number or code that is not on file). */
public class UnknownRecordException extends BusinessException {
  public UnknownRecordException(String key, Object... arguments) {
    super(key, arguments);
  }
}
