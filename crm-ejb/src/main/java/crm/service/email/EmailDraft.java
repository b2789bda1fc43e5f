package crm.service.email;

import crm.domain.email.TrackingState;
import java.util.List;

/**
 * What the writer of an email gives: the regarding contact, To and Cc (contacts by number or plain
 * addresses), subject, HTML body (sanitised when saved), the template and language it came from,
 * and the tracking asked for (null: the marketing setup's default).
 */
public record EmailDraft(
    String contactNo,
    List<Address> to,
    List<Address> cc,
    String subject,
    String bodyHtml,
    String templateCode,
    String languageCode,
    TrackingState tracking) {

  /** A recipient: a contact (its address is the contact's) or a plain address. */
  public record Address(String contactNo, String address) {}

  public EmailDraft {
    to = to == null ? List.of() : List.copyOf(to);
    cc = cc == null ? List.of() : List.copyOf(cc);
  }
}
