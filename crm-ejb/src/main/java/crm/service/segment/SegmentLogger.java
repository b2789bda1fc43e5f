package crm.service.segment;

import crm.service.shared.Sql;
import java.sql.Connection;
import java.time.LocalDateTime;

/**
 * Logs a segment with set-based SQL (F-27): one interaction log entry per line, the logged
 * segment, the campaign entry when the segment belongs to a campaign, and on request a
 * follow-up segment with the same lines. The caller's transaction makes it all or nothing.
 */
public final class SegmentLogger {

  /** What one log produced. */
  public record Result(int interactions, int campaignEntries) {}

  private final Sql sql;

  public SegmentLogger(Connection connection) {
    this(new Sql(connection));
  }

  SegmentLogger(Sql sql) {
    this.sql = sql;
  }

  /**
   * A line's language as logging uses it (lines {@code l}, header {@code s}, contact {@code c},
   * template {@code t}): the line's, else the contact's when the template has that version, else
   * the header's, else the template's.
   */
  static final String LANGUAGE_USED = "coalesce(l.language_code, (select tl.language_code"
      + " from interaction_template_language tl where tl.template_code = t.code and tl.language_code = c.language_code),"
      + " s.language_code, t.language_code)";

  /** A line's correspondence type as logging uses it: the line's, else the contact's preference (unless ignored), else the header's, else the template's. */
  static final String TYPE_USED = "coalesce(l.correspondence_type, case when s.ignore_contact_corres_type"
      + " or t.ignore_contact_corres_type then null else c.correspondence_type end,"
      + " s.correspondence_type, t.correspondence_type)";

  /** The lines with their header, contact and template, for {@link #LANGUAGE_USED} and {@link #TYPE_USED}. */
  static final String LINES = " from segment_line l join segment s on s.no = l.segment_no"
      + " join contact c on c.no = l.contact_no join interaction_template t on t.code = coalesce(l.interaction_template_code,"
      + " s.interaction_template_code)";

  /** Lines whose interaction template is missing on the line and on the header. */
  public long linesWithoutTemplate(String segmentNo) {
    return sql.number("select count(*) from segment_line l join segment s on s.no = l.segment_no"
        + " where l.segment_no = ? and coalesce(l.interaction_template_code,"
        + " s.interaction_template_code) is null", segmentNo);
  }

  /** Writes the entries of a log without attachments, see {@link #log(String, String, LocalDateTime, String, LineSending)}. */
  public Result log(String segmentNo, String loggedSegmentNo, LocalDateTime now, String user) {
    return log(segmentNo, loggedSegmentNo, now, user, null);
  }

  /**
   * Writes the entries. Each line's description and interaction values are its own, else the header's; the
   * language is the line's, else the contact's when the template has that version, else the
   * header's; the salesperson is the header's, else the contact's own; the correspondence type is the line's, else the contact's preference (unless
   * ignored), else the header's, else the template's. A letter text edited on the line goes
   * with its entry. With {@code sending} (a log with attachments), each entry is written as what
   * its line sends: its type, delivery status and email id.
   */
  Result log(String segmentNo, String loggedSegmentNo, LocalDateTime now, String user, LineSending sending) {
    int interactions = sql.update("insert into interaction_log_entry (entry_no, contact_no,"
        + " contact_company_no, entry_date, entry_time, interaction_template_code,"
        + " interaction_group_code, description, subject, language_code, correspondence_type,"
        + " salesperson_code, campaign_no, campaign_target, campaign_response, segment_no,"
        + " logged_segment_no, cost, duration, information_flow, initiated_by, user_id,"
        + " letter_subject, letter_body, delivery_status, email_id)"
        + " select nextval('interaction_log_entry_seq'), l.contact_no, l.contact_company_no, ?, ?,"
        + " t.code, t.interaction_group_code, coalesce(l.description, s.description), coalesce(l.subject, s.subject),"
        + LANGUAGE_USED + ", " + (sending == null ? TYPE_USED : sending.type()) + ","
        + " coalesce(s.salesperson_code, c.salesperson_code), s.campaign_no, l.campaign_target,"
        + " l.campaign_response, s.no, ?,"
        + " t.unit_cost, t.unit_duration, t.information_flow, t.initiated_by, ?,"
        + " l.letter_subject, l.letter_body, "
        + (sending == null ? "null, null" + LINES : sending.status() + ", " + sending.emailId() + LINES + LineSending.TEXTS)
        + " where l.segment_no = ?",
        now.toLocalDate(), now.toLocalTime().withNano(0), loggedSegmentNo, user, segmentNo);
    int campaignEntries = sql.update("insert into campaign_entry (entry_no, campaign_no, entry_date,"
        + " description, segment_no, logged_segment_no, interaction_template_code, salesperson_code,"
        + " no_of_interactions, cost, duration, user_id)"
        + " select nextval('campaign_entry_seq'), s.campaign_no, ?, s.description, s.no, ?,"
        + " s.interaction_template_code, s.salesperson_code, e.n, e.cost, e.duration, ?"
        + " from segment s, (select count(*) n, coalesce(sum(cost), 0) cost,"
        + " coalesce(sum(duration), 0) duration from interaction_log_entry"
        + " where logged_segment_no = ?) e where s.no = ? and s.campaign_no is not null",
        now.toLocalDate(), loggedSegmentNo, user, loggedSegmentNo, segmentNo);
    sql.update("insert into logged_segment (no, segment_no, description, campaign_no,"
        + " no_of_interactions, no_of_campaign_entries, logged_at, logged_by)"
        + " select ?, no, description, campaign_no, ?, ?, ?, ? from segment where no = ?",
        loggedSegmentNo, interactions, campaignEntries, now, user, segmentNo);
    sql.update("update segment set logged_segment_no = ?, version = version + 1 where no = ?",
        loggedSegmentNo, segmentNo);
    return new Result(interactions, campaignEntries);
  }

  /**
   * Creates the follow-up segment, named {@code description} ("Follow-up on segment SM00001"): the
   * same header otherwise and the same contacts, not yet logged.
   */
  public void createFollowUp(String segmentNo, String loggedSegmentNo, String followUpNo, LocalDateTime now,
      String description) {
    sql.update("insert into segment (no, description, segment_date, salesperson_code, campaign_no,"
        + " campaign_target, campaign_response, interaction_template_code, subject, language_code,"
        + " correspondence_type, ignore_contact_corres_type, last_line_no, created_at, updated_at)"
        + " select ?, ?, ?, salesperson_code, campaign_no, campaign_target,"
        + " campaign_response, interaction_template_code, subject, language_code,"
        + " correspondence_type, ignore_contact_corres_type, last_line_no, ?, ? from segment"
        + " where no = ?", followUpNo, description, now.toLocalDate(), now, now, segmentNo);
    sql.update("insert into segment_line (segment_no, line_no, contact_no, contact_company_no,"
        + " interaction_template_code, description, subject, language_code, correspondence_type,"
        + " campaign_target, campaign_response) select ?, line_no, contact_no, contact_company_no,"
        + " interaction_template_code, description, subject, language_code, correspondence_type,"
        + " campaign_target, campaign_response from segment_line where segment_no = ?",
        followUpNo, segmentNo);
    sql.update("update logged_segment set follow_up_segment_no = ? where no = ?", followUpNo, loggedSegmentNo);
  }

  /** Cancels a logged segment: its interaction log entries and campaign entries stop counting. */
  public void cancel(String loggedSegmentNo) {
    sql.update("update interaction_log_entry set canceled = true where logged_segment_no = ?", loggedSegmentNo);
    sql.update("update campaign_entry set canceled = true where logged_segment_no = ?", loggedSegmentNo);
    sql.update("update logged_segment set canceled = true where no = ?", loggedSegmentNo);
  }

}
