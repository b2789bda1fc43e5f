package crm.service.segment;

import crm.service.shared.Sql;
import crm.domain.segment.ContactSelection;
import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.SegmentFilter;
import crm.domain.segment.SqlCondition;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The set-based segment engine (DESIGN.md decision 3): each Add, Reduce, Refine and Go Back is a
 * handful of {@code INSERT … SELECT} / {@code DELETE … WHERE} statements, whatever the number of
 * contacts. Add tags the lines it inserts with its action number; Reduce and Refine copy the
 * lines they delete to {@code removed_segment_line}; so Go Back restores exactly the lines that
 * were there before the step. Plain JDBC on the caller's (transactional) connection.
 */
public final class SegmentEngine {

  private static final String LINE_COLUMNS =
      "line_no, contact_no, contact_company_no, interaction_template_code, subject, language_code,"
          + " correspondence_type, campaign_target, campaign_response, added_by_action";
  /** What a removed line keeps so Go Back restores it exactly, its edited letter included. */
  private static final String KEPT_COLUMNS = LINE_COLUMNS + ", letter_subject, letter_body";
  private static final int LINE_STEP = 10000;

  private final Sql sql;
  private final boolean postgres;

  public SegmentEngine(Connection connection) {
    this.sql = new Sql(connection);
    this.postgres = sql.onPostgres();
  }

  public long lineCount(String segmentNo) {
    return sql.number("select count(*) from segment_line where segment_no = ?", segmentNo);
  }

  /**
   * Adds the matching contacts. The new lines carry no interaction values of their own: they
   * follow the header until the user overrides one line (F-21). Contacts excluded from segments
   * are never added. With Allow Related Companies the companies of the persons added come along
   * in the same statement, so Go Back removes them with the persons.
   */
  public int add(String segmentNo, int actionNo, SegmentFilter filter) {
    SqlCondition match = new ContactSelection(filter).added("c");
    List<Object> parameters = new ArrayList<>(List.of(segmentNo, actionNo, segmentNo));
    parameters.addAll(match.parameters());
    String notInSegment = "";
    if (!filter.allowExistingContacts()) {
      notInSegment = " and not exists (select 1 from segment_line x where x.segment_no = s.no"
          + " and x.contact_no = c.no)";
    }
    // Each line's segment and contact are selected from their tables and it names no template:
    // PostgreSQL's trigger is told not to look them all up again (V36), for this statement only.
    selectedLines(true);
    int added = sql.update("insert into segment_line (segment_no, " + LINE_COLUMNS + ")"
        + " select ?, s.last_line_no + " + LINE_STEP + " * row_number() over (order by c.no),"
        + " c.no, c.company_no, null, null, null, null, s.campaign_target, s.campaign_response, ?"
        + " from contact c, segment s"
        + " where s.no = ? and c.exclude_from_segments = false and " + match.sql() + notInSegment,
        parameters);
    selectedLines(false);
    sql.update("update segment set last_line_no = last_line_no + ? where no = ?",
        LINE_STEP * added, segmentNo);
    return added;
  }

  /** Removes the lines whose contact matches (Reduce) or does not match (Refine). */
  public int remove(String segmentNo, int actionNo, CriteriaActionType type, SegmentFilter filter) {
    SqlCondition removed = removedLines(segmentNo, type, filter);
    List<Object> copyParameters = new ArrayList<>(List.of(actionNo));
    copyParameters.addAll(removed.parameters());
    sql.update("insert into removed_segment_line (segment_no, removed_by_action, " + KEPT_COLUMNS + ")"
        + " select l.segment_no, ?, " + prefixed("l.") + " from segment_line l where " + removed.sql(),
        copyParameters);
    return sql.update("delete from segment_line l where " + removed.sql(), removed.parameters());
  }

  /** How many contacts the step would add or remove, without changing anything. */
  public long preview(String segmentNo, CriteriaActionType type, SegmentFilter filter) {
    if (type != CriteriaActionType.ADD) {
      SqlCondition removed = removedLines(segmentNo, type, filter);
      return sql.number("select count(*) from segment_line l where " + removed.sql(), removed.parameters());
    }
    SqlCondition match = new ContactSelection(filter).added("c");
    List<Object> parameters = new ArrayList<>(match.parameters());
    String notInSegment = "";
    if (!filter.allowExistingContacts()) {
      notInSegment = " and not exists (select 1 from segment_line x where x.segment_no = ?"
          + " and x.contact_no = c.no)";
      parameters.add(segmentNo);
    }
    return sql.number("select count(*) from contact c where c.exclude_from_segments = false and "
        + match.sql() + notInSegment, parameters);
  }

  /** Undoes one step: deletes the lines an Add inserted, or puts back what a Reduce/Refine removed. */
  public void undo(String segmentNo, int actionNo, CriteriaActionType type) {
    if (type == CriteriaActionType.ADD) {
      sql.update("delete from segment_line where segment_no = ? and added_by_action = ?", segmentNo, actionNo);
    } else {
      sql.update("insert into segment_line (segment_no, " + KEPT_COLUMNS + ")"
          + " select segment_no, " + KEPT_COLUMNS + " from removed_segment_line"
          + " where segment_no = ? and removed_by_action = ?", segmentNo, actionNo);
      sql.update("delete from removed_segment_line where segment_no = ? and removed_by_action = ?",
          segmentNo, actionNo);
    }
    sql.update("delete from criteria_action where segment_no = ? and action_no = ?", segmentNo, actionNo);
  }

  /**
   * The lines a Reduce (matching) or Refine (not matching) removes. A filter on codes, numbers and
   * interactions only is tested on the line's contact no. without reading the contact again (its
   * existence is guaranteed by the line's reference); one on the contact's columns reads it.
   */
  private static SqlCondition removedLines(String segmentNo, CriteriaActionType type, SegmentFilter filter) {
    ContactSelection selection = new ContactSelection(filter);
    List<Object> parameters = new ArrayList<>(List.of(segmentNo));
    String matches;
    if (selection.readsOnlyTheNumber()) {
      SqlCondition match = selection.matchingNumber("l.contact_no");
      matches = match.sql();
      parameters.addAll(match.parameters());
    } else {
      SqlCondition match = selection.matching("c");
      matches = "exists (select 1 from contact c where c.no = l.contact_no and " + match.sql() + ")";
      parameters.addAll(match.parameters());
    }
    return new SqlCondition("l.segment_no = ? and "
        + (type == CriteriaActionType.REDUCE ? matches : "not " + matches), parameters);
  }

  /**
   * Tells PostgreSQL's statement trigger on segment lines (V36) that the lines now written name a
   * segment and contacts read from their tables, for the rest of the transaction at most: a
   * failed statement aborts the transaction, and with it the setting. H2 checks its foreign keys.
   */
  private void selectedLines(boolean selected) {
    if (postgres) {
      sql.update("set local crm.segment_lines_selected = " + (selected ? "on" : "off"));
    }
  }

  private static String prefixed(String alias) {
    return alias + KEPT_COLUMNS.replace(", ", ", " + alias);
  }
}
