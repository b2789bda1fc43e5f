package crm.domain.todo;

/** What a to-do is (F-15). */
public enum ToDoType {
  CALL,
  MEETING,
  TO_DO
}
