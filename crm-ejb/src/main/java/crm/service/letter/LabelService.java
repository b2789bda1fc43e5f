package crm.service.letter;

import crm.domain.security.Roles;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Address labels for the contacts of a segment (F-29), streamed as they are laid out. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class LabelService {

  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;

  /** How many labels the segment prints, one per line; refuses a segment that is unknown or has no lines. */
  public long countLabels(String segmentNo) {
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      if (sql.number("select count(*) from segment where no = ?", segmentNo) == 0) {
        throw new UnknownRecordException("segment.unknown", segmentNo);
      }
      long lines = sql.number("select count(*) from segment_line where segment_no = ?", segmentNo);
      if (lines == 0) {
        throw new InvalidInputException("segment.noLabels", segmentNo);
      }
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the labels of the segment's contacts in line order to {@code out}. */
  public void writeLabels(String segmentNo, LabelRenderer.Format format, OutputStream out) {
    try (Connection connection = dataSource.getConnection()) {
      new LabelRenderer().render(format, SegmentRecipients.stream(connection, segmentNo, null, null)
          .map(Recipient::addressLines).iterator(), out);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
