package crm.service.segment;

import static crm.service.shared.ForeignKeyViolations.assertRefused;
import static crm.service.shared.ForeignKeyViolations.waitsForCommitOf;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Segment lines on PostgreSQL (schema {@code <crm.test.db.schema>_integrity}) without row-by-row
 * foreign keys (issue 14): the statement triggers of V25 still refuse a line of no segment or of
 * no contact (and, since V34, of no template), whichever statement writes it, delete a segment's
 * lines with it (and, since V36, the lines its steps removed, which must name a segment too),
 * refuse to delete a contact or a template on a line, and Go Back stays exact; the lines an Add
 * selects from the contacts, not looked up again since V36, never name a deleted one.
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
  void deletingASegmentDeletesItsLinesAndTheLinesItsStepsRemoved() {
    new SegmentEngine(connection).remove(SEGMENT, 1, CriteriaActionType.REDUCE, SegmentFilter.ofBusinessRelations("PROS"));
    assertThat(sql.number("select count(*) from removed_segment_line where segment_no = ?", SEGMENT)).isPositive();
    assertThat(sql.update("delete from segment where no = ?", SEGMENT)).isEqualTo(1);
    assertThat(sql.number("select count(*) from segment_line where segment_no = ?", SEGMENT)).isZero();
    assertThat(sql.number("select count(*) from removed_segment_line where segment_no = ?", SEGMENT)).isZero();
  }

  @Test
  void aRemovedLineOfNoSegmentIsRefusedWhateverWritesIt() {
    new SegmentEngine(connection).remove(SEGMENT, 1, CriteriaActionType.REDUCE, SegmentFilter.ofBusinessRelations("PROS"));
    assertRefused(connection, "insert into removed_segment_line (segment_no, removed_by_action, line_no, contact_no)"
        + " values ('SMNONE', 1, 1, 'CT0000101')");
    assertRefused(connection, "insert into removed_segment_line (segment_no, removed_by_action, line_no, contact_no)"
        + " select case when line_no = 10000 then 'SMNONE' else segment_no end, 2, line_no, contact_no"
        + " from segment_line where segment_no = 'SMBLOG'");
    assertRefused(connection, "update removed_segment_line set segment_no = 'SMNONE' where segment_no = 'SMBLOG'");
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

  @Test
  void afterAnAddALineOfNoContactIsRefusedAgainInTheSameTransaction() {
    sql.update("insert into segment (no, description, last_line_no) values ('SMTEST', 'Test', 0)");
    assertThat(new SegmentEngine(connection).add("SMTEST", 1, SegmentFilter.ofJobResponsibilities("PURCHASE"))).isPositive();
    assertRefused(connection, "insert into segment_line (segment_no, line_no, contact_no) values ('SMTEST', 1, 'CT9999999')");
  }

  /**
   * The lines an Add selects are not looked up again (V36): a contact deleted before the Add is
   * committed is left out, one deleted while the Add is uncommitted waits and is then refused.
   */
  @Test
  void aContactDeletedBesideAnAddIsLeftOutOrRefusedNeverOnALineWithoutItsContact() throws Exception {
    SegmentFilter purchase = SegmentFilter.ofJobResponsibilities("PURCHASE");
    sql.update("insert into contact_code (contact_no, code_table, code) values ('CT0000105', 'JOB_RESPONSIBILITY',"
        + " 'PURCHASE'), ('CT0000106', 'JOB_RESPONSIBILITY', 'PURCHASE')");
    sql.update("insert into segment (no, description, last_line_no) values ('SMADD1', 'Add', 0), ('SMADD2', 'Add', 0)");
    connection.commit();
    try (Connection other = DATABASE.connect()) {
      other.setAutoCommit(false);
      new Sql(other).update("delete from contact where no = 'CT0000106'");
      CompletableFuture<Integer> add = waitsForCommitOf(other, () -> new SegmentEngine(connection).add("SMADD1", 1,
          purchase));
      assertThat(add.get(10, TimeUnit.SECONDS)).isPositive();
      connection.commit();
      assertThat(contactsOf("SMADD1")).contains("CT0000105").doesNotContain("CT0000106");

      new SegmentEngine(connection).add("SMADD2", 1, purchase);
      CompletableFuture<Integer> delete = waitsForCommitOf(connection, () -> new Sql(other).update(
          "delete from contact where no = 'CT0000105'"));
      assertThatThrownBy(() -> delete.get(10, TimeUnit.SECONDS)).satisfies(ForeignKeyViolations::assertViolation);
      other.rollback();
      assertThat(sql.number("select count(*) from segment_line l where not exists (select 1 from contact c"
          + " where c.no = l.contact_no)")).isZero();
    } finally {
      connection.rollback();
      sql.update("delete from segment where no in ('SMADD1', 'SMADD2')");
      sql.update("delete from contact_code where contact_no = 'CT0000105'");
      connection.commit();
    }
  }

  private static List<String> contactsOf(String segmentNo) {
    return sql.list("select contact_no from segment_line where segment_no = ?", row -> row.getString(1), segmentNo);
  }

  private static List<Object[]> lines() {
    return sql.list("select line_no, contact_no, contact_company_no, added_by_action from segment_line"
        + " where segment_no = 'SMTEST' order by line_no", row -> new Object[] {row.getLong(1), row.getString(2),
            row.getString(3), row.getInt(4)});
  }

}
