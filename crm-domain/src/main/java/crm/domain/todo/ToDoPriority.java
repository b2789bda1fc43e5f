package crm.domain.todo;

/** How urgent a to-do is. */
public enum ToDoPriority {
  HIGH,
  NORMAL,
  LOW
}
