package crm.rest.email;

import crm.domain.email.EmailRecipient;
import crm.service.email.EmailDraft;

/** A recipient as the API shows and takes it: a contact by number, or a plain address. */
public record EmailRecipientDto(String contactNo, String address, String name) {

  static EmailRecipientDto from(EmailRecipient r) {
    return new EmailRecipientDto(r.getContactNo(), r.getAddress(), r.getName());
  }

  EmailDraft.Address toAddress() {
    return new EmailDraft.Address(contactNo, address);
  }
}
