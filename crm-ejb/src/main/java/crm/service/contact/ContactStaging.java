package crm.service.contact;

import crm.domain.contact.ContactType;
import crm.domain.shared.EmailFormat;
import crm.service.progress.ProgressReport;
import crm.service.progress.WorkPhase;
import crm.service.shared.Sql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a contacts file into the staging rows of one import (F-04), streamed, in multi-row inserts
 * of {@link ProgressReport#EVERY} rows: what a row shows by itself (no name, a bad email, a formula,
 * a value too long, an unknown type) is recorded as its errors here; what needs the database is
 * left to {@link ContactImportRows#check()}.
 */
final class ContactStaging {

  private static final ContactColumn[] COLUMNS = ContactColumn.values();
  /** Codes written at once: their bound values stay below PostgreSQL's 32,767 per statement. */
  private static final int MAX_CODES = 5000;
  private static final String ROW = "insert into contact_import_row (import_id, row_no, type, name, first_name,"
      + " surname, company_name, address, address2, post_code, city, country_code, language_code, salesperson_code,"
      + " email, phone) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String CODE = "insert into contact_import_code (import_id, row_no, code_table, code) values (?, ?, ?, ?)";
  private static final String ERROR = "insert into contact_import_error (import_id, row_no, field, message_key, argument)"
      + " values (?, ?, ?, ?, ?)";

  private final Sql sql;
  private final long importId;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<List<Object>> codes = new ArrayList<>();
  private final List<List<Object>> errors = new ArrayList<>();

  ContactStaging(Sql sql, long importId) {
    this.sql = sql;
    this.importId = importId;
  }

  /** Stages every record; answers how many. Refused, before any row, when a column is not mapped. */
  long stage(CSVParser parser, Map<String, ContactColumn> mapping, ProgressReport report) {
    MappedColumns columns = new MappedColumns(parser.getHeaderNames(), mapping);
    Iterator<CSVRecord> records = parser.iterator();
    long row = 0;
    for (CSVRecord record = ContactCsv.next(records, 1); record != null; record = ContactCsv.next(records, row + 1)) {
      row++;
      add(row, columns.values(record));
      if (rows.size() == ProgressReport.EVERY) {
        flush();
        report.report(WorkPhase.READING, row, 0, 0, 0);
      }
    }
    flush();
    return row;
  }

  private void add(long row, String[] v) {
    Set<ContactColumn> failed = EnumSet.noneOf(ContactColumn.class);
    for (ContactColumn column : COLUMNS) {
      String value = v[column.ordinal()];
      if (value != null && SpreadsheetFormulas.isFormula(value)) {
        error(row, column, "contactImport.formula", null, failed);
        v[column.ordinal()] = null;
      } else if (value != null && column.codeTable() == null && value.length() > column.maxLength()) {
        error(row, column, "contactImport.tooLong", String.valueOf(column.maxLength()), failed);
        v[column.ordinal()] = value.substring(0, column.maxLength());
      }
    }
    ContactType type = type(row, v[ContactColumn.TYPE.ordinal()], failed);
    if (v[ContactColumn.NAME.ordinal()] == null) {
      String name = String.join(" ", nonNull(v[ContactColumn.FIRST_NAME.ordinal()], v[ContactColumn.SURNAME.ordinal()]));
      v[ContactColumn.NAME.ordinal()] = name.isEmpty() ? null : name.substring(0, Math.min(name.length(), 100));
    }
    if (v[ContactColumn.NAME.ordinal()] == null) {
      error(row, ContactColumn.NAME, "contactImport.nameRequired", null, failed);
    }
    if (!EmailFormat.isBlankOrValid(v[ContactColumn.EMAIL.ordinal()])) {
      error(row, ContactColumn.EMAIL, "contactImport.badEmail", v[ContactColumn.EMAIL.ordinal()], failed);
    }
    if (type == ContactType.COMPANY && v[ContactColumn.COMPANY.ordinal()] != null) {
      error(row, ContactColumn.COMPANY, "contactImport.companyOfCompany", null, failed);
    }
    List<Object> staged = new ArrayList<>(List.of(importId, row, type.name()));
    for (int c = ContactColumn.NAME.ordinal(); c <= ContactColumn.PHONE.ordinal(); c++) {
      staged.add(v[c]);
    }
    rows.add(staged);
    for (ContactColumn column : COLUMNS) {
      if (column.codeTable() != null && v[column.ordinal()] != null) {
        addCodes(row, column, v[column.ordinal()], failed);
      }
    }
  }

  private void addCodes(long row, ContactColumn column, String cell, Set<ContactColumn> failed) {
    for (String code : new LinkedHashSet<>(ContactCsv.codes(cell))) {
      if (code.length() > column.maxLength()) {
        error(row, column, "contactImport.unknownCode", code.substring(0, column.maxLength()), failed);
      } else {
        codes.add(List.of(importId, row, column.codeTable().name(), code));
        if (codes.size() == MAX_CODES) {
          flush();
        }
      }
    }
  }

  private ContactType type(long row, String value, Set<ContactColumn> failed) {
    try {
      return value == null ? ContactType.PERSON : ContactType.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      error(row, ContactColumn.TYPE, "contactImport.badType", value, failed);
      return ContactType.PERSON;
    }
  }

  private void error(long row, ContactColumn column, String key, String argument, Set<ContactColumn> failed) {
    if (failed.add(column)) {
      errors.add(Arrays.asList(importId, row, column.header(), key, argument));
    }
  }

  private static List<String> nonNull(String... values) {
    return Arrays.stream(values).filter(v -> v != null).toList();
  }

  /** Writes the rows gathered, each table in one multi-row insert (one round trip, on any database). */
  private void flush() {
    for (var batch : List.of(Map.entry(ROW, rows), Map.entry(CODE, codes), Map.entry(ERROR, errors))) {
      if (!batch.getValue().isEmpty()) {
        String insert = batch.getKey();
        String tuple = insert.substring(insert.indexOf(" values ") + 8);
        sql.update(insert + (", " + tuple).repeat(batch.getValue().size() - 1),
            batch.getValue().stream().flatMap(List::stream).toList());
        batch.getValue().clear();
      }
    }
  }
}
