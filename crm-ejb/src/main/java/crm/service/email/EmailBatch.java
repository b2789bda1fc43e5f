package crm.service.email;

import crm.domain.email.SendTimeRecommendation;
import crm.domain.email.SendTimeRecommendation.RecipientPlace;
import crm.domain.email.TrackingState;
import crm.service.shared.ArrayRows;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The emails of one chunk of a logged segment's email lines, prepared in Java and not yet written
 * ({@link BulkEmails#write}): for each line its email, recipient and outbox row, tracked as the
 * contact allows and the setup says, queued now or, when asked, scheduled at the contact's next
 * working hour. Reads nothing, so a chunk can be prepared while the one before it is written.
 */
public final class EmailBatch {

  /** One personalised email of an entry, to a contact who allows tracking or not, as the outbox sends it. */
  public record Line(long entryNo, String contactNo, boolean allowTracking, RecipientPlace place, String address,
      String name, String fromAddress, String fromName, String subject, String html, String text,
      String templateCode, String languageCode) {}

  private final BulkEmails.Settings settings;
  final ArrayRows emails = emailRows();
  final ArrayRows recipients = recipientRows();
  final ArrayRows outbox = outboxRows();
  final ArrayRows scheduled = scheduledRows();

  public EmailBatch(BulkEmails.Settings settings) {
    this.settings = settings;
  }

  /** Adds the email of one entry, written with its email id; SCHEDULED when it waits for working hours. */
  public void add(Line line) {
    Instant sendAt = sendAt(line.place());
    String status = sendAt.isAfter(settings.now()) ? "SCHEDULED" : "QUEUED";
    TrackingState tracking = TrackingState.decide(null, settings.trackingEnabled(),
        line.allowTracking() ? List.of() : List.of(line.contactNo()));
    String sendAtUtc = sendAt.atOffset(ZoneOffset.UTC).toString();
    emails.add(line.entryNo(), line.subject(), line.html(), line.templateCode(), line.languageCode(), tracking.name(),
        status, sendAtUtc, line.fromAddress(), line.fromName());
    recipients.add(line.entryNo(), line.address(), line.name());
    outbox.add(line.entryNo(), line.address(), line.name(), line.fromAddress(), line.fromName(), line.subject(),
        line.text(), line.templateCode(), line.languageCode(), status,
        LocalDateTime.ofInstant(sendAt, settings.zone()).toString());
    if (status.equals("SCHEDULED")) {
      scheduled.add(line.entryNo());
    }
  }

  public boolean isEmpty() {
    return emails.isEmpty();
  }

  private Instant sendAt(RecipientPlace place) {
    if (!settings.deliverInWorkingHours()) {
      return settings.now();
    }
    return SendTimeRecommendation.forRecipients(List.of(place), settings.now())
        .map(SendTimeRecommendation::sendAt).orElse(settings.now());
  }

  static ArrayRows emailRows() {
    return new ArrayRows("bigint", "varchar", "text", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar",
        "varchar");
  }

  static ArrayRows recipientRows() {
    return new ArrayRows("bigint", "varchar", "varchar");
  }

  static ArrayRows outboxRows() {
    return new ArrayRows("bigint", "varchar", "varchar", "varchar", "varchar", "varchar", "text", "varchar", "varchar",
        "varchar", "varchar");
  }

  static ArrayRows scheduledRows() {
    return new ArrayRows("bigint");
  }
}
