package crm.service.letter;

import crm.domain.interaction.CorrespondenceType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the recipients of a logged segment a chunk at a time in entry order: each entry with its contact, the
 * contact's company, the salesperson, the campaign and the template text in the entry's language
 * (else the template's default language), or the text edited for the entry's line.
 */
public final class RecipientQuery {

  private static final String SQL = recipients("select * from interaction_log_entry where logged_segment_no = ?"
      + " and entry_no > ? order by entry_no limit ?");

  /** The one entry of a given number, as {@link #SQL} reads the entries of a logged segment. */
  private static final String ENTRY_SQL = recipients("select * from interaction_log_entry where entry_no = ?");

  private static String recipients(String entries) {
    return "select e.entry_no, e.correspondence_type, e.language_code, e.subject,"
          + " c.no, c.type, c.name, c.first_name, c.surname, co.name, c.address, c.address2, c.post_code,"
          + " c.city, c.country_code, c.email, c.do_not_email, sp.name, sp.email, sp.phone, sp.job_title,"
          + " cp.no, cp.description, e.segment_no, e.interaction_template_code, tl.language_code,"
          + " tl.subject, coalesce(e.letter_body, tl.body), e.letter_subject, c.allow_tracking, c.time_zone"
          // the chunk's entries first: a limit after the joins would join the whole log for each chunk
          + " from (" + entries + ") e join contact c on c.no = e.contact_no"
          + " left join contact co on co.no = c.company_no"
          + " left join salesperson sp on sp.code = e.salesperson_code"
          + " left join campaign cp on cp.no = e.campaign_no"
          + " left join interaction_template t on t.code = e.interaction_template_code"
          + " left join interaction_template_language tl on tl.template_code = t.code and tl.language_code ="
          + " coalesce((select x.language_code from interaction_template_language x"
          + " where x.template_code = t.code and x.language_code = e.language_code), t.language_code)"
          + " order by e.entry_no";
  }

  /** One contact as the recipient of a template text, signed by the contact's salesperson. */
  private static final String CONTACT_SQL = "select 0, null, ?, null,"
      + " c.no, c.type, c.name, c.first_name, c.surname, co.name, c.address, c.address2, c.post_code,"
      + " c.city, c.country_code, c.email, c.do_not_email, sp.name, sp.email, sp.phone, sp.job_title,"
      + " null, null, null, ?, ?, ?, ?, null, c.allow_tracking, c.time_zone"
      + " from contact c left join contact co on co.no = c.company_no"
      + " left join salesperson sp on sp.code = c.salesperson_code where c.no = ?";

  /**
   * The contacts of a segment's lines after a line no., in line order, as recipients of one text in
   * each contact's language, signed by the segment's salesperson else the contact's. Nothing is
   * logged yet, so each recipient's entry no. is its line no.
   */
  private static final String SEGMENT_SQL = "select l.line_no, null, c.language_code, null,"
      + " c.no, c.type, c.name, c.first_name, c.surname, co.name, c.address, c.address2, c.post_code,"
      + " c.city, c.country_code, c.email, c.do_not_email, sp.name, sp.email, sp.phone, sp.job_title,"
      + " cp.no, cp.description, s.no, null, c.language_code, ?, ?, null, c.allow_tracking, c.time_zone"
      + " from segment_line l join segment s on s.no = l.segment_no join contact c on c.no = l.contact_no"
      + " left join contact co on co.no = c.company_no"
      + " left join salesperson sp on sp.code = coalesce(s.salesperson_code, c.salesperson_code)"
      + " left join campaign cp on cp.no = s.campaign_no"
      + " where l.segment_no = ? and l.line_no > ? order by l.line_no limit ?";

  private RecipientQuery() {}

  /** A chunk of a segment's contacts as recipients of {@code subject} and {@code body}, see {@link #SEGMENT_SQL}. */
  static List<Recipient> forSegmentLines(Connection connection, String segmentNo, long afterLineNo, int limit,
      String subject, String body) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SEGMENT_SQL)) {
      statement.setString(1, subject);
      statement.setString(2, body);
      statement.setString(3, segmentNo);
      statement.setLong(4, afterLineNo);
      statement.setInt(5, limit);
      return recipients(statement);
    }
  }

  /**
   * A contact as the recipient of a template's text in one language, e.g. to preview a text being
   * edited; empty when there is no such contact.
   */
  public static Optional<Recipient> forContact(Connection connection, String contactNo, String templateCode,
      String languageCode, String subject, String body) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(CONTACT_SQL)) {
      statement.setString(1, languageCode);
      statement.setString(2, templateCode);
      statement.setString(3, languageCode);
      statement.setString(4, subject);
      statement.setString(5, body);
      statement.setString(6, contactNo);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(recipient(rows)) : Optional.empty();
      }
    }
  }

  /**
   * At most {@code size} recipients of a logged segment, those after entry {@code afterEntryNo}
   * (by entry no., not by offset, so that each chunk starts where the last one ended).
   */
  public static List<Recipient> chunk(Connection connection, String loggedSegmentNo, long afterEntryNo, int size)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SQL)) {
      statement.setString(1, loggedSegmentNo);
      statement.setLong(2, afterEntryNo);
      statement.setInt(3, size);
      return recipients(statement);
    }
  }

  /**
   * The recipient of one interaction log entry, logged in a segment or not (Create interaction,
   * F-32): its contact, salesperson, campaign and text, as a logged segment's recipients are read.
   */
  public static Optional<Recipient> forEntry(Connection connection, long entryNo) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ENTRY_SQL)) {
      statement.setLong(1, entryNo);
      return recipients(statement).stream().findFirst();
    }
  }

  private static List<Recipient> recipients(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      List<Recipient> recipients = new ArrayList<>();
      while (rows.next()) {
        recipients.add(recipient(rows));
      }
      return recipients;
    }
  }

  private static Recipient recipient(ResultSet r) throws SQLException {
    String type = r.getString(2);
    return new Recipient(r.getLong(1), type == null ? null : CorrespondenceType.valueOf(type),
        r.getString(3), r.getString(4), r.getString(5), "COMPANY".equals(r.getString(6)),
        r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
        r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getString(16),
        r.getBoolean(17), r.getString(18), r.getString(19), r.getString(20), r.getString(21),
        r.getString(22), r.getString(23), r.getString(24), r.getString(25), r.getString(26),
        r.getString(27), r.getString(28), r.getString(29), r.getBoolean(30), r.getString(31));
  }
}
