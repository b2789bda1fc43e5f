package crm.domain.todo;

/** Where a to-do stands: open until it is done or canceled. */
public enum ToDoStatus {
  OPEN,
  DONE,
  CANCELED
}
