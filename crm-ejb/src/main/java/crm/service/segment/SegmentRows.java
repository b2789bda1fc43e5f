package crm.service.segment;

import crm.service.shared.Sql;
import crm.domain.shared.ConflictException;
import crm.domain.shared.UnknownRecordException;

/** Reads a segment's row on the JDBC path of the engine, where the JPA entity is not used. */
final class SegmentRows {

  private SegmentRows() {}

  /**
   * Checks that the segment exists and is not logged; with {@code lock}, holds its row until the
   * transaction ends, so that two steps on the same segment run one after the other.
   */
  static void requireUnlogged(Sql sql, String segmentNo, boolean lock) {
    Object[] row = sql.row("select logged_segment_no from segment where no = ?" + (lock ? " for update" : ""), segmentNo);
    if (row == null) {
      throw new UnknownRecordException("segment.unknown", segmentNo);
    }
    if (row[0] != null) {
      throw new ConflictException("segment.alreadyLogged", segmentNo, row[0]);
    }
  }
}
