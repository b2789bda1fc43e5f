package crm.service.contact;

import crm.domain.setup.CodeTable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the contacts CSV file (F-04), in the order an export writes them, so that an
 * export imports again as it is. The header names the column; a user's file may name it
 * otherwise and map it on the import page. The code columns hold lists, separated by {@code |}.
 * {@link #NO} is written for reference and not imported (numbers come from the number series);
 * {@link #ERRORS} is the column a file of rejected rows adds.
 */
public enum ContactColumn {
  NO(20, null),
  TYPE(10, null),
  NAME(100, null),
  FIRST_NAME(50, null),
  SURNAME(50, null),
  COMPANY(100, null),
  ADDRESS(100, null),
  ADDRESS2(100, null),
  POST_CODE(20, null),
  CITY(50, null),
  COUNTRY_CODE(10, null),
  LANGUAGE_CODE(10, null),
  SALESPERSON_CODE(20, null),
  EMAIL(254, null),
  PHONE(30, null),
  JOB_RESPONSIBILITIES(20, CodeTable.JOB_RESPONSIBILITY),
  BUSINESS_RELATIONS(20, CodeTable.BUSINESS_RELATION),
  INDUSTRY_GROUPS(20, CodeTable.INDUSTRY_GROUP),
  MAILING_GROUPS(20, CodeTable.MAILING_GROUP),
  /** Read and not imported: the number of an exported contact, the errors of a rejected row. */
  IGNORED(0, null),
  ERRORS(0, null);

  private final int maxLength;
  private final CodeTable codeTable;

  ContactColumn(int maxLength, CodeTable codeTable) {
    this.maxLength = maxLength;
    this.codeTable = codeTable;
  }

  /** The header an export writes: email, job_responsibilities ... */
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The longest value (of each code, for a list of codes). */
  public int maxLength() {
    return maxLength;
  }

  /** The code table of a list column, or null. */
  public CodeTable codeTable() {
    return codeTable;
  }

  /** Whether the import stores the column's values. */
  public boolean imported() {
    return maxLength > 0 && this != NO;
  }

  /** The column a header names: its own name, case, spaces and dashes aside ("Post code", "E-mail"). */
  public static Optional<ContactColumn> byHeader(String header) {
    String key = header == null ? "" : header.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    String compact = key.replace("_", "");
    return Arrays.stream(values())
        .filter(c -> c != IGNORED && (c.name().equals(key) || c.name().replace("_", "").equals(compact)))
        .findFirst();
  }
}
