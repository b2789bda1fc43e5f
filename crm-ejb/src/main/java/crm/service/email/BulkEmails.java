package crm.service.email;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Writes the emails of a logged segment's email lines (F-58, DESIGN.md decision 10), prepared a
 * chunk at a time as an {@link EmailBatch}: each email with its recipient and its outbox row, the
 * same email a salesperson composes, which the dispatcher sends after commit. Runs in the logging
 * transaction: one statement a table and chunk ({@link #write}), no query per line.
 */
public final class BulkEmails implements AutoCloseable {

  /** How the log sends: tracking on in the setup, working hours asked, who logs, when and where. */
  public record Settings(boolean trackingEnabled, boolean deliverInWorkingHours, String user, Instant now,
      ZoneId zone) {}

  private final Settings settings;
  private final PreparedStatement writeEmails;
  private final PreparedStatement writeRecipients;
  private final PreparedStatement writeOutbox;
  private final PreparedStatement schedule;

  public BulkEmails(Connection connection, Settings settings) throws SQLException {
    this.settings = settings;
    // One statement a chunk and table: each entry, written with its email id and status QUEUED,
    // gets its email, then its recipient and outbox row, and the status SCHEDULED when it waits
    // for working hours. The outbox row keeps no copy of the HTML body: the dispatcher reads the
    // email's. Plain statements, not one with data-modifying WITH clauses, which H2 lacks.
    writeEmails = connection.prepareStatement("insert into email (id, contact_no, subject, body_html, template_code,"
        + " language_code, tracking, status, send_at, sender_user, from_address, from_name, campaign_no,"
        + " logged_segment_no, created_at) select l.email_id, l.contact_no, x.subject, x.html, x.template_code,"
        + " x.language_code, x.tracking, x.status, cast(x.send_at as timestamp with time zone), ?, x.from_address,"
        + " x.from_name, l.campaign_no, l.logged_segment_no, ? from " + EmailBatch.emailRows().table("x", "entry_no",
            "subject", "html", "template_code", "language_code", "tracking", "status", "send_at", "from_address",
            "from_name") + " join interaction_log_entry l on l.entry_no = x.entry_no");
    writeRecipients = connection.prepareStatement("insert into email_recipient (email_id, position, kind, contact_no,"
        + " address, name, entry_no) select l.email_id, 0, 'TO', l.contact_no, x.address, x.name, l.entry_no from "
        + EmailBatch.recipientRows().table("x", "entry_no", "address", "name")
        + " join interaction_log_entry l on l.entry_no = x.entry_no");
    writeOutbox = connection.prepareStatement("insert into outbox_message (id, entry_no, email_id, logged_segment_no,"
        + " to_address, to_name, from_address, from_name, subject, text_body, template_code, language_code, status,"
        + " next_attempt_at, created_at) select nextval('outbox_message_seq'), l.entry_no, l.email_id,"
        + " l.logged_segment_no, x.address, x.name, x.from_address, x.from_name, x.subject, x.plain, x.template_code,"
        + " x.language_code, x.status, cast(x.next_attempt_at as timestamp), ? from " + EmailBatch.outboxRows().table(
            "x", "entry_no", "address", "name", "from_address", "from_name", "subject", "plain", "template_code",
            "language_code", "status", "next_attempt_at") + " join interaction_log_entry l on l.entry_no = x.entry_no");
    schedule = connection.prepareStatement("update interaction_log_entry set delivery_status = 'SCHEDULED'"
        + " where entry_no in (select x.entry_no from " + EmailBatch.scheduledRows().table("x", "entry_no") + ")");
  }

  /** Writes a batch's emails: the emails first, which the recipients and outbox rows name. */
  public void write(EmailBatch batch) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    writeEmails.setString(1, settings.user()); // the select list's parameters come before the table's
    writeEmails.setObject(2, settings.now().atOffset(ZoneOffset.UTC));
    batch.emails.bind(writeEmails, 3);
    writeEmails.executeUpdate();
    batch.recipients.bind(writeRecipients, 1);
    writeRecipients.executeUpdate();
    writeOutbox.setObject(1, LocalDateTime.ofInstant(settings.now(), settings.zone()));
    batch.outbox.bind(writeOutbox, 2);
    writeOutbox.executeUpdate();
    if (!batch.scheduled.isEmpty()) {
      batch.scheduled.bind(schedule, 1);
      schedule.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    try (writeEmails; writeRecipients; writeOutbox; schedule) {
      // closes the statements
    }
  }
}
