package crm.domain.interaction;

/** Who started an interaction: our company or the contact. */
public enum InitiatedBy {
  US,
  THEM
}
