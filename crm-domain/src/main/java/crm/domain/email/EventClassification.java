package crm.domain.email;

/** Whether a person or a machine caused a tracking event (SPEC "Machine or human"). */
public enum EventClassification {
  HUMAN,
  MACHINE
}
