package crm.service.contact;

import crm.domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Where each contact column is in a file, as the user mapped its headers (F-04), and a record's
 * cells read into those columns. Refused, before any row is read, when a header is not mapped or
 * two headers fill the same imported column.
 */
final class MappedColumns {

  private static final ContactColumn[] COLUMNS = ContactColumn.values();

  /** Where each column is in the file (-1 when absent), by the column's ordinal. */
  private final int[] index = new int[COLUMNS.length];

  MappedColumns(List<String> headers, Map<String, ContactColumn> mapping) {
    Arrays.fill(index, -1);
    for (int i = 0; i < headers.size(); i++) {
      ContactColumn column = mapping.get(headers.get(i));
      if (column == null) {
        throw new InvalidInputException("contactImport.unknownColumn", headers.get(i));
      }
      if (column.imported() && index[column.ordinal()] >= 0) {
        throw new InvalidInputException("contactImport.columnTwice", column.header());
      }
      index[column.ordinal()] = i;
    }
  }

  /** The record's imported values by the column's ordinal, formulas restored; null where empty or absent. */
  String[] values(CSVRecord record) {
    String[] values = new String[COLUMNS.length];
    for (ContactColumn column : COLUMNS) {
      int i = index[column.ordinal()];
      if (column.imported() && i >= 0 && i < record.size() && !record.get(i).isEmpty()) {
        values[column.ordinal()] = SpreadsheetFormulas.restored(record.get(i));
      }
    }
    return values;
  }
}
