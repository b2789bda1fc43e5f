package crm.domain.email;

import crm.domain.shared.EmailFormat;
import crm.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One recipient of an email, in To or Cc: a contact with the address it had when written, or a
 * plain address. {@code entryNo} is the interaction log entry sending wrote for that contact.
 */
@Embeddable
public class EmailRecipient {

  @Enumerated(EnumType.STRING)
  private RecipientKind kind;

  @Column(name = "contact_no")
  private String contactNo;

  private String address;
  private String name;

  @Column(name = "entry_no")
  private Long entryNo;

  protected EmailRecipient() {}

  public EmailRecipient(RecipientKind kind, String contactNo, String address, String name) {
    if (address == null || address.isBlank() || !EmailFormat.isBlankOrValid(address.strip())) {
      throw new InvalidInputException("email.badAddress", address == null ? "" : address);
    }
    this.kind = kind;
    this.contactNo = contactNo;
    this.address = address.strip();
    this.name = name;
  }

  public RecipientKind getKind() { return kind; }
  public String getContactNo() { return contactNo; }
  public String getAddress() { return address; }
  public String getName() { return name; }
  public Long getEntryNo() { return entryNo; }

  public void setEntryNo(Long entryNo) {
    this.entryNo = entryNo;
  }
}
