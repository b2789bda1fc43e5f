package crm.domain.email;

/** How a recipient receives the email: in To or in Cc. */
public enum RecipientKind {
  TO,
  CC
}
