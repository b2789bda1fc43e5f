package crm.domain.interaction;

/** How an interaction reaches the contact (F-34): a printed letter or an email. */
public enum CorrespondenceType {
  HARD_COPY,
  EMAIL
}
