package crm.rest.email;

import crm.domain.email.Email;
import crm.domain.email.EmailStatus;
import crm.domain.email.RecipientKind;
import crm.domain.email.Reminder;
import crm.domain.email.TrackingState;
import crm.service.email.EmailView;
import java.time.Instant;
import java.util.List;

/**
 * An email as the API shows it (SPEC "REST API contract, part 2"): recipients, text, tracking and
 * who blocks it, status and times (instants), the interaction log entries sending wrote, and the
 * human opens, clicks and replies, and the follow-up reminder ({@code {condition, remindAt, comment,
 * status}}, null without one).
 */
public record EmailDto(
    long id, String contactNo, List<EmailRecipientDto> to, List<EmailRecipientDto> cc, String subject,
    String bodyHtml, String templateCode, String languageCode, TrackingState tracking, List<String> blockedBy,
    EmailStatus status, Instant sendAt, Instant sentAt, String messageId, List<Long> interactionLogEntryNos,
    Reminder reminder, long opens, long clicks, long replies, String senderUser, Instant createdAt,
    String loggedSegmentNo, int version) {

  public static EmailDto from(EmailView view) {
    Email e = view.email();
    return new EmailDto(e.getId(), e.getContactNo(), recipients(e, RecipientKind.TO), recipients(e, RecipientKind.CC),
        e.getSubject(), e.getBodyHtml(), e.getTemplateCode(), e.getLanguageCode(), e.getTracking(),
        view.blockedBy(), e.getStatus(), e.getSendAt(), e.getSentAt(), e.getMessageId(),
        view.interactionLogEntryNos(), view.reminder(), view.opens(), view.clicks(), view.replies(), e.getSenderUser(),
        e.getCreatedAt(), e.getLoggedSegmentNo(), e.getVersion());
  }

  private static List<EmailRecipientDto> recipients(Email email, RecipientKind kind) {
    return email.getRecipients().stream().filter(r -> r.getKind() == kind).map(EmailRecipientDto::from).toList();
  }

}
