package crm.service.email;

import crm.domain.email.SendTimeRecommendation;
import crm.domain.email.SendTimeRecommendation.RecipientPlace;
import crm.domain.email.TrackingState;
import crm.service.shared.ArrayRows;
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
 * working hour. Runs in the logging transaction a chunk of entries at a time: the contacts'
 * preferences of a chunk are read in one query ({@link #readContacts}) and its emails written by
 * one statement ({@link #execute}), no query per line and nothing kept from one chunk to the next.
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
  private final PreparedStatement contactsQuery;
  private final ArrayRows emails = new ArrayRows("bigint", "varchar", "text", "varchar", "varchar", "varchar",
      "varchar", "varchar", "varchar", "varchar");
  private final ArrayRows recipients = new ArrayRows("bigint", "varchar", "varchar");
  private final ArrayRows outbox = new ArrayRows("bigint", "varchar", "varchar", "varchar", "varchar", "varchar",
      "text", "varchar", "varchar", "varchar", "varchar");
  private final ArrayRows scheduled = new ArrayRows("bigint");
  private final PreparedStatement writeEmails;
  private final PreparedStatement writeRecipients;
  private final PreparedStatement writeOutbox;
  private final PreparedStatement schedule;

  public BulkEmails(Connection connection, String loggedSegmentNo, Settings settings) throws SQLException {
    this.settings = settings;
    contactsQuery = connection.prepareStatement("select e.entry_no, c.no, c.allow_tracking, c.time_zone,"
        + " c.country_code from interaction_log_entry e join contact c on c.no = e.contact_no"
        + " where e.logged_segment_no = ? and e.entry_no between ? and ?");
    contactsQuery.setString(1, loggedSegmentNo);
    // One statement a chunk and table: each entry, written with its email id and status QUEUED,
    // gets its email, then its recipient and outbox row, and the status SCHEDULED when it waits
    // for working hours. The outbox row keeps no copy of the HTML body: the dispatcher reads the
    // email's. Plain statements, not one with data-modifying WITH clauses, which H2 lacks.
    writeEmails = connection.prepareStatement("insert into email (id, contact_no, subject, body_html, template_code,"
        + " language_code, tracking, status, send_at, sender_user, from_address, from_name, campaign_no,"
        + " logged_segment_no, created_at) select l.email_id, l.contact_no, x.subject, x.html, x.template_code,"
        + " x.language_code, x.tracking, x.status, cast(x.send_at as timestamp with time zone), ?, x.from_address,"
        + " x.from_name, l.campaign_no, l.logged_segment_no, ? from " + emails.table("x", "entry_no", "subject", "html",
            "template_code", "language_code", "tracking", "status", "send_at", "from_address", "from_name")
        + " join interaction_log_entry l on l.entry_no = x.entry_no");
    writeRecipients = connection.prepareStatement("insert into email_recipient (email_id, position, kind, contact_no,"
        + " address, name, entry_no) select l.email_id, 0, 'TO', l.contact_no, x.address, x.name, l.entry_no from "
        + recipients.table("x", "entry_no", "address", "name") + " join interaction_log_entry l on l.entry_no = x.entry_no");
    writeOutbox = connection.prepareStatement("insert into outbox_message (id, entry_no, email_id, logged_segment_no,"
        + " to_address, to_name, from_address, from_name, subject, text_body, template_code, language_code, status,"
        + " next_attempt_at, created_at) select nextval('outbox_message_seq'), l.entry_no, l.email_id,"
        + " l.logged_segment_no, x.address, x.name, x.from_address, x.from_name, x.subject, x.plain, x.template_code,"
        + " x.language_code, x.status, cast(x.next_attempt_at as timestamp), ? from " + outbox.table("x", "entry_no",
            "address", "name", "from_address", "from_name", "subject", "plain", "template_code", "language_code",
            "status", "next_attempt_at") + " join interaction_log_entry l on l.entry_no = x.entry_no");
    schedule = connection.prepareStatement("update interaction_log_entry set delivery_status = 'SCHEDULED'"
        + " where entry_no in (select x.entry_no from " + scheduled.table("x", "entry_no") + ")");
  }

  /** Reads the contacts of the entries from {@code firstEntryNo} to {@code lastEntryNo}, those the next lines may add. */
  public void readContacts(long firstEntryNo, long lastEntryNo) throws SQLException {
    contacts.clear();
    contactsQuery.setLong(2, firstEntryNo);
    contactsQuery.setLong(3, lastEntryNo);
    try (ResultSet found = contactsQuery.executeQuery()) {
      while (found.next()) {
        contacts.put(found.getLong(1), new Contact(found.getString(2), found.getBoolean(3),
            new RecipientPlace(found.getString(4), found.getString(5))));
      }
    }
  }

  /**
   * Adds the email of one entry (its contact read by {@link #readContacts}), an entry written with
   * its email id; {@link #execute} records SCHEDULED on the entry when it waits for working hours.
   */
  public void add(Line line) {
    Contact contact = contacts.get(line.entryNo());
    Instant sendAt = sendAt(contact);
    String status = sendAt.isAfter(settings.now()) ? "SCHEDULED" : "QUEUED";
    TrackingState tracking = TrackingState.decide(null, settings.trackingEnabled(),
        contact.allowTracking() ? List.of() : List.of(contact.contactNo()));
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

  /** Writes the emails added since the last time: the emails first, which the recipients and outbox rows name. */
  public void execute() throws SQLException {
    if (emails.isEmpty()) {
      return;
    }
    writeEmails.setString(1, settings.user()); // the select list's parameters come before the table's
    writeEmails.setObject(2, settings.now().atOffset(ZoneOffset.UTC));
    emails.bind(writeEmails, 3);
    writeEmails.executeUpdate();
    recipients.bind(writeRecipients, 1);
    writeRecipients.executeUpdate();
    writeOutbox.setObject(1, LocalDateTime.ofInstant(settings.now(), settings.zone()));
    outbox.bind(writeOutbox, 2);
    writeOutbox.executeUpdate();
    if (!scheduled.isEmpty()) {
      scheduled.bind(schedule, 1);
      schedule.executeUpdate();
    }
    List.of(emails, recipients, outbox, scheduled).forEach(ArrayRows::clear);
  }

  @Override
  public void close() throws SQLException {
    try (contactsQuery; writeEmails; writeRecipients; writeOutbox; schedule) {
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
}
