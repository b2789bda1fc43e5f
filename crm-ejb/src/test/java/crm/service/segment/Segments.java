package crm.service.segment;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes segment headers by SQL for the engine tests and reads their lines back:
 * {@code Segments.aSegment("SM00001").template("BUS").insert(connection)}.
 */
final class Segments {

  /** One line as the user sees it: its number and its contact. */
  record Line(int lineNo, String contactNo) {}

  private final String no;
  private String description = "Visitors at the FUTURUS trade show";
  private String salespersonCode;
  private String campaignNo;
  private boolean campaignTarget;
  private boolean campaignResponse;
  private String templateCode;
  private String subject;
  private String languageCode;
  private String correspondenceType;
  private boolean ignoreContactCorrespondenceType;

  private Segments(String no) {
    this.no = no;
  }

  static Segments aSegment(String no) {
    return new Segments(no);
  }

  Segments description(String text) {
    description = text;
    return this;
  }

  Segments salesperson(String code) {
    salespersonCode = code;
    return this;
  }

  Segments campaign(String campaign) {
    campaignNo = campaign;
    return this;
  }

  Segments campaignTarget() {
    campaignTarget = true;
    return this;
  }

  Segments campaignResponse() {
    campaignResponse = true;
    return this;
  }

  Segments template(String code) {
    templateCode = code;
    return this;
  }

  Segments subject(String text) {
    subject = text;
    return this;
  }

  Segments language(String code) {
    languageCode = code;
    return this;
  }

  Segments correspondenceType(String type) {
    correspondenceType = type;
    return this;
  }

  Segments ignoreContactCorrespondenceType() {
    ignoreContactCorrespondenceType = true;
    return this;
  }

  /** Inserts the header (no lines yet) and answers its number. */
  String insert(Connection connection) {
    CronusDatabase.execute(connection, "insert into segment (no, description, segment_date,"
            + " salesperson_code, campaign_no, campaign_target, campaign_response,"
            + " interaction_template_code, subject, language_code, correspondence_type,"
            + " ignore_contact_corres_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        no, description, LocalDate.of(2026, 11, 20), salespersonCode, campaignNo, campaignTarget,
        campaignResponse, templateCode, subject, languageCode, correspondenceType,
        ignoreContactCorrespondenceType);
    return no;
  }

  /** Inserts a campaign for the segment to belong to. */
  static String insertCampaign(Connection connection, String campaignNo) {
    CronusDatabase.execute(connection, "insert into campaign (no, description, status_code)"
        + " values (?, 'FUTURUS trade show', '2-START')", campaignNo);
    return campaignNo;
  }

  /** The segment's lines by line number. */
  static List<Line> lines(Connection connection, String segmentNo) {
    return CronusDatabase.rows(connection,
            "select line_no, contact_no from segment_line where segment_no = ? order by line_no", segmentNo)
        .stream()
        .map(row -> new Line(((Number) row.get(0)).intValue(), (String) row.get(1)))
        .toList();
  }

  /** Every column of every line, by line number: what Go Back must restore exactly. */
  static List<List<Object>> fullLines(Connection connection, String segmentNo) {
    return CronusDatabase.rows(connection, "select line_no, contact_no, contact_company_no,"
        + " interaction_template_code, subject, language_code, correspondence_type, campaign_target,"
        + " campaign_response, added_by_action from segment_line where segment_no = ? order by line_no",
        segmentNo);
  }

  /** The contact numbers of the lines, sorted, with duplicates. */
  static List<String> contacts(Connection connection, String segmentNo) {
    return CronusDatabase.strings(connection,
        "select contact_no from segment_line where segment_no = ? order by contact_no, line_no", segmentNo);
  }
}
