package crm.domain.email;

import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An email about a contact (F-50, F-58): written as a draft, then sent now or scheduled, queued
 * in the outbox and sent by the dispatcher. Until it is queued it can be changed, rescheduled or
 * withdrawn; afterwards the outbox decides its fate and mirrors it here.
 */
@Entity
public class Email {

  @Id
  @SequenceGenerator(name = "email_seq", sequenceName = "email_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_seq")
  private long id;

  @Column(name = "contact_no") private String contactNo;
  private String subject = "";
  @Column(name = "body_html") private String bodyHtml = "";
  @Column(name = "template_code") private String templateCode;
  @Column(name = "language_code") private String languageCode;
  @Enumerated(EnumType.STRING) private TrackingState tracking;
  @Enumerated(EnumType.STRING) private EmailStatus status = EmailStatus.DRAFT;
  @Convert(converter = InstantColumn.class) @Column(name = "send_at") private Instant sendAt;
  @Convert(converter = InstantColumn.class) @Column(name = "sent_at") private Instant sentAt;
  @Column(name = "message_id") private String messageId;
  @Column(name = "sender_user") private String senderUser;
  @Column(name = "from_address") private String fromAddress;
  @Column(name = "from_name") private String fromName;
  @Column(name = "campaign_no") private String campaignNo;
  @Column(name = "logged_segment_no") private String loggedSegmentNo;
  @Convert(converter = InstantColumn.class) @Column(name = "created_at") private Instant createdAt;
  @Version private int version;

  @ElementCollection
  @CollectionTable(name = "email_recipient", joinColumns = @JoinColumn(name = "email_id"))
  @OrderColumn(name = "position")
  private List<EmailRecipient> recipients = new ArrayList<>();

  protected Email() {}

  public Email(String senderUser, Instant createdAt) {
    this.senderUser = senderUser;
    this.createdAt = createdAt;
  }

  /** Refuses any change once the email has left the drafts and the schedule. */
  public void requireChangeable() {
    if (!status.isChangeable()) {
      throw new ConflictException("email.notChangeable", id, status);
    }
  }

  /** Refuses to edit the text or recipients of anything but a draft. */
  public void requireDraft() {
    if (status != EmailStatus.DRAFT) {
      throw new ConflictException("email.notDraft", id, status);
    }
  }

  /**
   * Sends the email now ({@code sendAt} null or not after {@code now}: QUEUED) or later
   * (SCHEDULED). A time in the past is refused; the caller writes the outbox row.
   */
  public void send(Instant sendAt, Instant now) {
    requireChangeable();
    if (sendAt != null && sendAt.isBefore(now.minusSeconds(60))) {
      throw new InvalidInputException("email.sendAtPast", sendAt);
    }
    if (recipients.stream().noneMatch(r -> r.getKind() == RecipientKind.TO)) {
      throw new InvalidInputException("email.noRecipient");
    }
    boolean later = sendAt != null && sendAt.isAfter(now);
    this.status = later ? EmailStatus.SCHEDULED : EmailStatus.QUEUED;
    this.sendAt = later ? sendAt : now;
  }

  /** Withdraws a draft's or a scheduled email's sending: it will never go out. */
  public void cancel() {
    requireChangeable();
    this.status = EmailStatus.CANCELED;
  }

  /** The distinct recipient contacts, in the order written. */
  public List<String> recipientContacts() {
    return recipients.stream().map(EmailRecipient::getContactNo).filter(no -> no != null).distinct().toList();
  }

  public long getId() { return id; }
  public String getContactNo() { return contactNo; }
  public void setContactNo(String contactNo) { this.contactNo = contactNo; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject == null ? "" : subject; }
  public String getBodyHtml() { return bodyHtml; }
  public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml == null ? "" : bodyHtml; }
  public String getTemplateCode() { return templateCode; }
  public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
  public String getLanguageCode() { return languageCode; }
  public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
  public TrackingState getTracking() { return tracking; }
  public void setTracking(TrackingState tracking) { this.tracking = tracking; }
  public EmailStatus getStatus() { return status; }
  public Instant getSendAt() { return sendAt; }
  public Instant getSentAt() { return sentAt; }
  public String getMessageId() { return messageId; }
  public String getSenderUser() { return senderUser; }
  public String getFromAddress() { return fromAddress; }
  public String getFromName() { return fromName; }
  public void setFrom(String address, String name) { this.fromAddress = address; this.fromName = name; }
  public String getCampaignNo() { return campaignNo; }
  public String getLoggedSegmentNo() { return loggedSegmentNo; }
  public Instant getCreatedAt() { return createdAt; }
  public int getVersion() { return version; }
  public List<EmailRecipient> getRecipients() { return recipients; }

  /** Replaces the recipients (To and Cc, in the order given). */
  public void setRecipients(List<EmailRecipient> recipients) {
    this.recipients.clear();
    this.recipients.addAll(recipients);
  }
}
