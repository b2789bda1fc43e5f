package crm.service.contact;

import crm.service.shared.Sql;

/**
 * The checks of a staged contact import that need the database (F-04): unknown codes, language
 * and salesperson, duplicates of existing contacts and of earlier rows, persons' companies. Each
 * is one statement over all the import's rows that records an error per row it finds, never a
 * statement per row; what a row shows by itself is checked as it is staged ({@link ContactStaging}).
 */
final class ContactImportChecks {

  private final Sql sql;
  private final long importId;

  ContactImportChecks(Sql sql, long importId) {
    this.sql = sql;
    this.importId = importId;
  }

  /** Records the errors that need the database, every row at once. */
  void check() {
    for (ContactColumn column : ContactColumn.values()) {
      if (column.codeTable() != null) {
        error(column, "contactImport.unknownCode", "c.row_no, c.code from contact_import_code c where c.import_id = ?"
            + " and c.code_table = '" + column.codeTable().name() + "' and not exists (select 1 from code_entry k"
            + " where k.code_table = c.code_table and k.code = c.code)");
      }
    }
    unknown(ContactColumn.LANGUAGE_CODE, "language_code", "code_entry k where k.code_table = 'LANGUAGE' and k.code");
    unknown(ContactColumn.SALESPERSON_CODE, "salesperson_code", "salesperson k where k.code");
    duplicates(ContactColumn.EMAIL, "contactImport.duplicateEmail", "lower(%1$s.email) = lower(r.email)");
    duplicates(ContactColumn.NAME, "contactImport.duplicateName", "%1$s.name = r.name and %1$s.post_code = r.post_code");
    companies();
  }

  /** A row whose {@code value} column names no {@code known} row ({@code "<table> k where <key>"}). */
  private void unknown(ContactColumn column, String value, String known) {
    error(column, "contactImport.unknownCode", "r.row_no, r." + value + " from contact_import_row r where r.import_id = ?"
        + " and r." + value + " is not null and not exists (select 1 from " + known + " = r." + value + ")");
  }

  /**
   * Rows that are the {@code same} (a condition between {@code %1$s} and row {@code r}) as an
   * existing contact ({@code key}, its no. as the argument) or as an earlier row of the file.
   */
  private void duplicates(ContactColumn column, String key, String same) {
    error(column, key, "r.row_no, min(c.no) from contact_import_row r join contact c on " + same.formatted("c")
        + " where r.import_id = ? group by r.row_no");
    error(column, "contactImport.duplicateRow", "r.row_no, cast(min(o.row_no) as varchar(20)) from contact_import_row r"
        + " join contact_import_row o on o.import_id = r.import_id and o.row_no < r.row_no and " + same.formatted("o")
        + " where r.import_id = ? group by r.row_no");
  }

  /** A person's company: a company row of the file by that name, else an existing company, else an error. */
  private void companies() {
    sql.update("merge into contact_import_row r using (select name, min(row_no) row_no from contact_import_row"
        + " where import_id = ? and type = 'COMPANY' group by name) c on (r.import_id = ? and r.type = 'PERSON'"
        + " and r.company_name = c.name) when matched then update set company_row = c.row_no", importId, importId);
    sql.update("merge into contact_import_row r using (select name, min(no) no from contact where type = 'COMPANY'"
        + " and name in (select company_name from contact_import_row where import_id = ?) group by name) c"
        + " on (r.import_id = ? and r.type = 'PERSON' and r.company_row is null and r.company_name = c.name)"
        + " when matched then update set company_no = c.no", importId, importId);
    error(ContactColumn.COMPANY, "contactImport.unknownCompany", "r.row_no, r.company_name from contact_import_row r"
        + " where r.import_id = ? and r.type = 'PERSON' and r.company_name is not null and r.company_row is null"
        + " and r.company_no is null");
    error(ContactColumn.COMPANY, "contactImport.companyRejected", "r.row_no, cast(r.company_row as varchar(20))"
        + " from contact_import_row r join contact_import_error e on e.import_id = r.import_id"
        + " and e.row_no = r.company_row where r.import_id = ? group by r.row_no, r.company_row");
  }

  /** Records an error for each row the query finds: {@code <row no>, <argument> from ...}, bound to the import. */
  private void error(ContactColumn column, String key, String query) {
    int comma = query.indexOf(", ");
    sql.update("insert into contact_import_error (import_id, row_no, field, message_key, argument) select ?, "
        + query.substring(0, comma) + ", ?, ?, " + query.substring(comma + 2), importId, column.header(), key, importId);
  }
}
