package crm.it;

import crm.domain.contact.ContactType;
import crm.domain.interaction.CorrespondenceType;
import crm.service.contact.ContactService;
import crm.service.segment.SegmentLogService;
import crm.service.segment.SegmentLineService;
import crm.service.segment.SegmentService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * The data of the mail delivery tests: interaction log entries made by logging a one-line
 * segment, a template language version with a file, and outbox rows written with plain SQL as
 * segment logging writes them (status QUEUED, due now, already personalised).
 */
@Dependent
public class MailTestData {

  static final String TEMPLATE = "MAILIT";
  static final String LANGUAGE = "ENU";
  static final String FROM_ADDRESS = "marketing@cronus.example";
  static final String FROM_NAME = "Søren Kierkegård";

  /** The delivery state of an interaction log entry. */
  public record EntryDelivery(String deliveryStatus, boolean attemptFailed) {}

  @Inject ContactService contacts;
  @Inject SegmentService segments;
  @Inject SegmentLineService segmentLines;
  @Inject SegmentLogService logging;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** Logs a one-line segment for a new contact and answers the interaction log entry. */
  public long loggedEntry(String name, String email) {
    String contactNo = contacts.create(null, ContactType.PERSON, c -> {
      c.setName(name);
      c.setEmail(email);
      c.setCorrespondenceType(CorrespondenceType.EMAIL); // else the setup's default (hard copy)
    }).getNo();
    String segmentNo = segments.create(null, s -> {
      s.setDescription("Mail delivery test");
      s.setInteractionTemplateCode("EMAIL");
    }).getNo();
    segmentLines.addLine(segmentNo, contactNo, line -> {});
    String loggedNo = logging.log(segmentNo, false).getNo();
    return number("select entry_no from interaction_log_entry where logged_segment_no = ?", loggedNo);
  }

  /** The test template's English version, with one attached file (created on first use). */
  public void templateWithFile(String fileName, String contentType, byte[] content) {
    update("insert into interaction_template (code, description) values (?, 'Mail delivery test')"
        + " on conflict do nothing", TEMPLATE);
    update("insert into interaction_template_language (template_code, language_code, description)"
        + " values (?, ?, 'Mail delivery test') on conflict do nothing", TEMPLATE, LANGUAGE);
    update("insert into template_attachment_file (template_code, language_code, file_name, content_type,"
        + " content) values (?, ?, ?, ?, ?) on conflict do nothing", TEMPLATE, LANGUAGE, fileName, contentType, content);
  }

  /** Queues an email of the test template to the entry's contact, due now; answers its id. */
  public long queue(long entryNo, String toAddress, String toName, String subject, String html, String text) {
    long id = number("select nextval('outbox_message_seq')");
    LocalDateTime now = LocalDateTime.now();
    update("insert into outbox_message (id, entry_no, to_address, to_name, from_address, from_name,"
            + " subject, html_body, text_body, template_code, language_code, status, attempts,"
            + " next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)",
        id, entryNo, toAddress, toName, FROM_ADDRESS, FROM_NAME, subject, html, text, TEMPLATE, LANGUAGE, now, now);
    update("update interaction_log_entry set delivery_status = 'QUEUED' where entry_no = ?", entryNo);
    return id;
  }

  /** Moves a queued message's next try into the past, as if its backoff had elapsed. */
  public void makeDue(long id) {
    update("update outbox_message set next_attempt_at = ? where id = ?", LocalDateTime.now().minusMinutes(1), id);
  }

  public void refuseEmail(long entryNo) {
    update("update contact set do_not_email = true where no ="
        + " (select contact_no from interaction_log_entry where entry_no = ?)", entryNo);
  }

  public EntryDelivery entryDelivery(long entryNo) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection,
            "select delivery_status, attempt_failed from interaction_log_entry where entry_no = ?", entryNo);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return new EntryDelivery(row.getString(1), row.getBoolean(2));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long number(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
