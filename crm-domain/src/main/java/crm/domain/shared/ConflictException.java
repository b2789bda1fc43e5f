package crm.domain.shared;

/**
 * The action clashes with the state of the data: a duplicate code, a record still in use, a
 * segment already logged, nothing left to undo, or someone else changed the record meanwhile.
 */
public class ConflictException extends BusinessException {
  public ConflictException(String key, Object... arguments) {
    super(key, arguments);
  }
}
