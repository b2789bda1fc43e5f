package crm.domain.contact;

/** A contact is a company, or a person who may belong to a company. */
public enum ContactType {
  COMPANY,
  PERSON
}
