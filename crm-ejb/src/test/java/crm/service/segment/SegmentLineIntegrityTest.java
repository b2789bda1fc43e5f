package crm.service.segment;

import static crm.service.shared.ForeignKeyViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.SegmentFilter;
import crm.service.shared.BenchmarkDatabase;
import crm.service.shared.ForeignKeyViolations;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Segment lines on PostgreSQL (schema {@code <crm.test.db.schema>_integrity}) without row-by-row
 * foreign keys (issue 14): the statement triggers of V25 still refuse a line of no segment or of
 * no contact (and, since V34, of no template), whichever statement writes it, delete a segment's
 * lines with it, refuse to delete a contact or a template on a line, and Go Back stays exact.
 */
class SegmentLineIntegrityTest {

  private static final BenchmarkDatabase DATABASE = BenchmarkDatabase.forTest("integrity");
  private static final String SEGMENT = "SMBLOG";
  private static Connection connection;
  private static Sql sql;

  @BeforeAll
  static void database() throws SQLException {
    DATABASE.recreate();
    connection = DATABASE.connect();
    SegmentBenchmark.generate(connection, 100);
    BenchmarkDatabase.insertContacts(connection, 101, 110);
    connection.setAutoCommit(false);
    sql = new Sql(connection);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @BeforeEach
  void rollBack() throws SQLException {
    connection.rollback();
  }

  @Test
  void aLineOfNoContactOrNoSegmentIsRefusedWhateverWritesIt() {
    assertRefused(connection, "insert into segment_line (segment_no, line_no, contact_no) values ('SMBLOG', 1, 'CT9999999')");
    assertRefused(connection, "insert into segment_line (segment_no, line_no, contact_no) values ('SMNONE', 1, 'CT0000101')");
    assertRefused(connection, "insert into segment_line (segment_no, line_no, contact_no) select segment_no, line_no + 1,"
        + " case when line_no = 50 * 10000 then 'CT9999999' else contact_no end from segment_line where segment_no = 'SMBLOG'");
    assertRefused(connection, "update segment_line set contact_no = 'CT9999999' where segment_no = 'SMBLOG' and line_no = 10000");
    assertThat(sql.number("select count(*) from segment_line where segment_no = 'SMBLOG'")).isEqualTo(100);
  }

  @Test
  void aContactOnALineCannotBeDeletedOneOnNoLineCan() {
    assertRefused(connection, "delete from contact where no = 'CT0000100'");
    assertThat(sql.update("delete from contact where no = 'CT0000110'")).isEqualTo(1);
  }

  @Test
  void aLineOfNoTemplateIsRefusedAndATemplateOnALineCannotBeDeletedNorRecoded() {
    assertRefused(connection, "insert into segment_line (segment_no, line_no, contact_no, interaction_template_code)"
        + " values ('SMBLOG', 1, 'CT0000101', 'NONE')");
    assertRefused(connection, "update segment_line set interaction_template_code = 'NONE' where segment_no = 'SMBLOG'"
        + " and line_no = 10000");
    sql.update("insert into interaction_template (code, description) values ('LINE', 'Named by one line only')");
    sql.update("update segment_line set interaction_template_code = 'LINE' where segment_no = 'SMBLOG' and line_no = 10000");
    assertRefused(connection, "delete from interaction_template where code = 'LINE'");
    assertRefused(connection, "update interaction_template set code = 'LINE2' where code = 'LINE'");
    sql.update("update segment_line set interaction_template_code = null where segment_no = 'SMBLOG' and line_no = 10000");
    assertThat(sql.update("delete from interaction_template where code = 'LINE'")).isEqualTo(1);
  }

  @Test
  void deletingASegmentDeletesItsLines() {
    assertThat(sql.update("delete from segment where no = ?", SEGMENT)).isEqualTo(1);
    assertThat(sql.number("select count(*) from segment_line where segment_no = ?", SEGMENT)).isZero();
  }

  @Test
  void goBackRestoresExactlyTheLinesAndNeverALineOfADeletedContact() {
    sql.update("insert into segment (no, description, last_line_no) values ('SMTEST', 'Test', 0)");
    SegmentEngine engine = new SegmentEngine(connection);
    engine.add("SMTEST", 1, SegmentFilter.ofJobResponsibilities("PURCHASE"));
    List<Object[]> added = lines();
    engine.remove("SMTEST", 2, CriteriaActionType.REDUCE, SegmentFilter.ofBusinessRelations("PROS"));
    assertThat(lines()).hasSizeLessThan(added.size());
    engine.undo("SMTEST", 2, CriteriaActionType.REDUCE);
    assertThat(lines()).containsExactlyElementsOf(added);

    engine.remove("SMTEST", 2, CriteriaActionType.REDUCE, SegmentFilter.ofBusinessRelations("PROS"));
    String removed = (String) sql.row("select min(contact_no) from removed_segment_line where segment_no = 'SMTEST'")[0];
    sql.update("delete from segment_line where contact_no = ?", removed);
    sql.update("delete from interaction_log_entry where contact_no = ?", removed);
    sql.update("delete from contact where no = ?", removed);
    assertThatThrownBy(() -> engine.undo("SMTEST", 2, CriteriaActionType.REDUCE))
        .satisfies(ForeignKeyViolations::assertViolation);
  }

  private static List<Object[]> lines() {
    return sql.list("select line_no, contact_no, contact_company_no, added_by_action from segment_line"
        + " where segment_no = 'SMTEST' order by line_no", row -> new Object[] {row.getLong(1), row.getString(2),
            row.getString(3), row.getInt(4)});
  }

}
