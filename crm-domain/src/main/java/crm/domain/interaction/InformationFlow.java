package crm.domain.interaction;

/** Whether an interaction went out to the contact or came in from them. */
public enum InformationFlow {
  OUTBOUND,
  INBOUND
}
