package crm.domain.shared;

/**
 * The user's roles allow the action in general, but not on this record: someone else's scheduled
 * email, for example. Answered as 403, with a message saying whose record it is.
 */
public class AccessRefusedException extends BusinessException {
  public AccessRefusedException(String key, Object... arguments) {
    super(key, arguments);
  }
}
