package crm.service.contact;

import crm.service.contact.ContactImportResult.Row;
import crm.service.contact.ContactImportResult.RowError;
import crm.service.progress.ProgressReport;
import crm.service.progress.WorkPhase;
import crm.service.setup.NumberBlock;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;

/**
 * One contact import on the transaction's connection (F-04), set-based: the file is staged
 * ({@link ContactStaging}), checked by statements over all its rows ({@link ContactImportChecks}:
 * unknown codes, duplicates of existing contacts and of earlier rows, persons' companies), and its
 * valid rows copied into the contacts with {@code INSERT … SELECT}, numbered from a block of the
 * contact series. Never a statement per row. The SQL runs on PostgreSQL and H2 alike.
 */
public final class ContactImportRows {

  private static final String VALID = " not exists (select 1 from contact_import_error e"
      + " where e.import_id = r.import_id and e.row_no = r.row_no)";
  private static final String CONTACT_COLUMNS = "type, name, first_name, surname, address, address2, post_code, city,"
      + " country_code, language_code, salesperson_code, email, phone";

  private final Sql sql;
  private final long importId;

  private final boolean postgres;

  public ContactImportRows(Connection connection) {
    this.sql = new Sql(connection);
    this.importId = sql.number("select nextval('contact_import_seq')");
    this.postgres = sql.onPostgres();
  }

  /**
   * Reads the file into the staging rows; answers how many rows it has. On PostgreSQL the staging
   * tables are analysed then: planned as empty, the checks' joins would probe row by row.
   */
  public long stage(CSVParser file, Map<String, ContactColumn> mapping, ProgressReport report) {
    long rows = new ContactStaging(sql, importId).stage(file, mapping, report);
    if (postgres) {
      sql.update("analyze contact_import_row");
      sql.update("analyze contact_import_code");
    }
    return rows;
  }

  /** Records the errors that need the database, every row at once. */
  public void check() {
    new ContactImportChecks(sql, importId).check();
  }

  public long rows() {
    return sql.number("select count(*) from contact_import_row where import_id = ?", importId);
  }

  public long valid() {
    return sql.number("select count(*) from contact_import_row r where r.import_id = ? and" + VALID, importId);
  }

  /** Every row's errors, by row and column. */
  public List<RowError> errors() {
    return sql.list("select row_no, field, message_key, argument from contact_import_error where import_id = ?"
        + " order by row_no, field, message_key", row -> new RowError(row.getLong(1), row.getString(2),
        row.getString(3), row.getString(4)), importId);
  }

  /** The first valid rows as they will be created. */
  public List<Row> firstRows(int count) {
    return sql.list("select r.row_no, r.type, r.name, coalesce(r.company_no, case when r.company_row is not null"
        + " then '#' || cast(r.company_row as varchar(20)) end), r.address, r.post_code, r.city, r.country_code,"
        + " r.language_code, r.salesperson_code, r.email, r.phone from contact_import_row r where r.import_id = ? and"
        + VALID + " order by r.row_no limit " + count, row -> new Row(row.getLong(1), row.getString(2),
        row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
        row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12)), importId);
  }

  /** Creates the valid rows' contacts and codes, numbered in the file's order from {@code numbers}; answers how many. */
  public long write(NumberBlock numbers, LocalDateTime now, ProgressReport report) {
    report.report(WorkPhase.CREATING, 0, 1, 0, 0);
    sql.update("merge into contact_import_row r using (select row_no, row_number() over (order by row_no) n"
        + " from contact_import_row r where r.import_id = ? and" + VALID + ") v on (r.import_id = ?"
        + " and r.row_no = v.row_no) when matched then update set new_no = ? || lpad(cast(? + v.n - 1 as varchar(20)),"
        + " ?, '0')", importId, importId, numbers.prefix(), numbers.first(), numbers.width());
    String insert = "insert into contact (no, company_no, " + CONTACT_COLUMNS + ", allow_tracking, exclude_from_segments,"
        + " version, created_at, updated_at) select r.new_no, coalesce(r.company_no, c.new_no), r."
        + CONTACT_COLUMNS.replace(", ", ", r.") + ", true, false, 0, ?, ? from contact_import_row r"
        + " left join contact_import_row c on c.import_id = r.import_id and c.row_no = r.company_row"
        + " where r.import_id = ? and r.new_no is not null and r.type = ?";
    long created = sql.update(insert, now, now, importId, "COMPANY") + sql.update(insert, now, now, importId, "PERSON");
    report.report(WorkPhase.CREATING, 1, 1, 0, 0);
    sql.update("insert into contact_code (contact_no, code_table, code) select distinct r.new_no, c.code_table, c.code"
        + " from contact_import_code c join contact_import_row r on r.import_id = c.import_id and r.row_no = c.row_no"
        + " where c.import_id = ? and r.new_no is not null", importId);
    return created;
  }

  /** Removes the staging rows, before the transaction commits. */
  public void clear() {
    for (String table : List.of("contact_import_code", "contact_import_error", "contact_import_row")) {
      sql.update("delete from " + table + " where import_id = ?", importId);
    }
  }
}
