package crm.service.segment;

import crm.service.shared.Sql;
import crm.domain.security.Roles;
import crm.domain.segment.SegmentLine;
import crm.domain.shared.InvalidInputException;
import crm.service.letter.LetterService;
import crm.service.letter.Recipient;
import crm.service.letter.RecipientQuery;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The letter of one segment line before logging (F-42, story step 7): its preview and its text to
 * edit. Both log the segment reduced to that line in a transaction of their own that is then
 * rolled back, so they show exactly what logging will produce for the line (its language,
 * salesperson and merge values), at the cost of one line.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SegmentLineLetterService {

  /** The subject and body of a line's letter; {@code edited} when they are the line's own. */
  public record LineLetter(String subject, String body, boolean edited) {}

  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Resource private SessionContext session;
  @Inject private SegmentLineService segmentLines;
  @Inject private SegmentLogService logging;
  @Inject private LetterService letters;
  @Inject private Clock clock;

  /** The line's letter as logging would print it, as a PDF; an email line shows its text as a letter. */
  public byte[] preview(String segmentNo, long lineNo) {
    segmentLines.getLine(segmentNo, lineNo);
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      keepOnly(sql, segmentNo, lineNo);
      sql.update("update segment_line set correspondence_type = 'HARD_COPY' where segment_no = ? and line_no = ?",
          segmentNo, lineNo);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String loggedSegmentNo = logging.log(segmentNo, false, true).getNo();
    byte[] pdf = letters.lettersOfLoggedSegment(loggedSegmentNo);
    session.setRollbackOnly();
    return pdf;
  }

  /**
   * The text to start editing from: the line's own subject and body when it has them, else the
   * template's in the line's language with the merge fields filled in for the line's contact.
   */
  public LineLetter text(String segmentNo, long lineNo) {
    SegmentLine line = segmentLines.getLine(segmentNo, lineNo);
    Recipient recipient;
    try (Connection connection = dataSource.getConnection()) {
      keepOnly(new Sql(connection), segmentNo, lineNo);
      String loggedSegmentNo = logging.log(segmentNo, false, false).getNo();
      recipient = RecipientQuery.chunk(connection, loggedSegmentNo, 0, 1).get(0);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      session.setRollbackOnly();
    }
    if (!recipient.hasText()) {
      throw new InvalidInputException("segmentLine.noLetterText", segmentNo, lineNo, recipient.templateCode());
    }
    Map<String, String> values = recipient.mergeValues(LocalDate.now(clock));
    String subject = line.getLetterSubject() != null ? line.getLetterSubject() : recipient.mergedSubject(values);
    String body = line.getLetterBody() != null ? line.getLetterBody() : recipient.mergedBody(values);
    return new LineLetter(subject, body, line.isLetterEdited());
  }

  /** Leaves only the given line in the segment; the caller's transaction is rolled back afterwards. */
  private static void keepOnly(Sql sql, String segmentNo, long lineNo) {
    sql.update("delete from segment_line where segment_no = ? and line_no <> ?", segmentNo, lineNo);
  }
}
