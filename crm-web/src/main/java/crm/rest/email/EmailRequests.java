package crm.rest.email;

import crm.domain.email.ReminderCondition;
import crm.domain.email.TrackingState;
import crm.service.email.EmailDraft;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The bodies the email routes take. */
public final class EmailRequests {

  private EmailRequests() {}

  /**
   * A draft to save, or with {@code send: true} to send now or at {@code sendAt}; {@code version}
   * (on PUT) refuses the change if someone changed the draft meanwhile.
   */
  public record Write(String contactNo, List<EmailRecipientDto> to, List<EmailRecipientDto> cc, String subject,
      String bodyHtml, String templateCode, String languageCode, TrackingState tracking, Boolean send,
      Instant sendAt, Integer version) {

    EmailDraft draft() {
      return new EmailDraft(contactNo, addresses(to), addresses(cc), subject, bodyHtml, templateCode, languageCode,
          tracking);
    }

    private static List<EmailDraft.Address> addresses(List<EmailRecipientDto> recipients) {
      return recipients == null ? List.of()
          : recipients.stream().filter(Objects::nonNull).map(EmailRecipientDto::toAddress).toList();
    }
  }

  /** A send time; absent: now. */
  public record SendAt(Instant sendAt) {}

  /** A follow-up reminder: when, on which condition, and what to remember. */
  public record SetReminder(ReminderCondition condition, Instant remindAt, String comment) {}
}
