package crm.service.email;

import crm.domain.email.SendTimeRecommendation;
import crm.domain.email.SendTimeRecommendation.RecipientPlace;
import crm.domain.email.TrackingState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emails of a logged segment's email lines (F-58, DESIGN.md decision 10): for each line the
 * same email a salesperson composes, with its recipient and its outbox row, tracked as the
 * contact allows and the setup says, queued now or, when asked, scheduled at the contact's next
 * working hour. Runs in the logging transaction: the contacts' preferences are read in one query
 * and everything is written in JDBC batches, no query per line.
 */
public final class BulkEmails implements AutoCloseable {

  /** How the log sends: tracking on in the setup, working hours asked, who logs, when and where. */
  public record Settings(boolean trackingEnabled, boolean deliverInWorkingHours, String user, Instant now,
      ZoneId zone) {}

  /** One personalised email of an entry, as the outbox sends it. */
  public record Line(long entryNo, String address, String name, String fromAddress, String fromName,
      String subject, String html, String text, String templateCode, String languageCode) {}

  private record Contact(String contactNo, boolean allowTracking, RecipientPlace place) {}

  private final Settings settings;
  private final Map<Long, Contact> contacts = new HashMap<>();
  private final PreparedStatement ids;
  private final PreparedStatement emails;
  private final PreparedStatement recipients;
  private final PreparedStatement outbox;

  public BulkEmails(Connection connection, String loggedSegmentNo, Settings settings) throws SQLException {
    this.settings = settings;
    readContacts(connection, loggedSegmentNo);
    ids = connection.prepareStatement("update interaction_log_entry set email_id = nextval('email_seq') where entry_no = ?");
    emails = connection.prepareStatement("insert into email (id, contact_no, subject, body_html, template_code,"
        + " language_code, tracking, status, send_at, sender_user, from_address, from_name, campaign_no,"
        + " logged_segment_no, created_at) select email_id, contact_no, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, campaign_no,"
        + " logged_segment_no, ? from interaction_log_entry where entry_no = ?");
    recipients = connection.prepareStatement("insert into email_recipient (email_id, position, kind, contact_no,"
        + " address, name, entry_no) select email_id, 0, 'TO', contact_no, ?, ?, entry_no from interaction_log_entry"
        + " where entry_no = ?");
    outbox = connection.prepareStatement("insert into outbox_message (id, entry_no, email_id, logged_segment_no,"
        + " to_address, to_name, from_address, from_name, subject, html_body, text_body, template_code, language_code,"
        + " status, next_attempt_at, created_at) select nextval('outbox_message_seq'), entry_no, email_id,"
        + " logged_segment_no, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from interaction_log_entry where entry_no = ?");
  }

  /** Adds the email of one entry; answers its delivery status, QUEUED or SCHEDULED. */
  public String add(Line line) throws SQLException {
    Contact contact = contacts.get(line.entryNo());
    Instant sendAt = sendAt(contact);
    String status = sendAt.isAfter(settings.now()) ? "SCHEDULED" : "QUEUED";
    TrackingState tracking = TrackingState.decide(null, settings.trackingEnabled(),
        contact.allowTracking() ? List.of() : List.of(contact.contactNo()));
    ids.setLong(1, line.entryNo());
    ids.addBatch();
    bind(emails, line.subject(), line.html(), line.templateCode(), line.languageCode(), tracking.name(), status,
        sendAt.atOffset(ZoneOffset.UTC), settings.user(), line.fromAddress(), line.fromName(),
        settings.now().atOffset(ZoneOffset.UTC), line.entryNo());
    bind(recipients, line.address(), line.name(), line.entryNo());
    bind(outbox, line.address(), line.name(), line.fromAddress(), line.fromName(), line.subject(), line.html(),
        line.text(), line.templateCode(), line.languageCode(), status, LocalDateTime.ofInstant(sendAt, settings.zone()),
        LocalDateTime.ofInstant(settings.now(), settings.zone()), line.entryNo());
    return status;
  }

  /** Writes the emails added, in the order their rows refer to each other. */
  public void execute() throws SQLException {
    ids.executeBatch();
    emails.executeBatch();
    recipients.executeBatch();
    outbox.executeBatch();
  }

  @Override
  public void close() throws SQLException {
    try (ids; emails; recipients; outbox) {
      contacts.clear();
    }
  }

  private Instant sendAt(Contact contact) {
    if (!settings.deliverInWorkingHours()) {
      return settings.now();
    }
    return SendTimeRecommendation.forRecipients(List.of(contact.place()), settings.now())
        .map(SendTimeRecommendation::sendAt).orElse(settings.now());
  }

  private void readContacts(Connection connection, String loggedSegmentNo) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select e.entry_no, c.no, c.allow_tracking,"
        + " c.time_zone, c.country_code from interaction_log_entry e join contact c on c.no = e.contact_no"
        + " where e.logged_segment_no = ?")) {
      query.setString(1, loggedSegmentNo);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          contacts.put(rows.getLong(1), new Contact(rows.getString(2), rows.getBoolean(3),
              new RecipientPlace(rows.getString(4), rows.getString(5))));
        }
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
  }
}
