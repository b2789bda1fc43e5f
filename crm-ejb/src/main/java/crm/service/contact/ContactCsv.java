package crm.service.contact;

import crm.domain.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The contacts CSV file (F-04), parsed and written by Apache Commons CSV: UTF-8 with or without
 * a byte order mark, {@code ;} or {@code ,} (the one the header row uses), quoted fields, a
 * header row. Read as a stream, at most {@link #MAX_BYTES} ({@link LimitedContactFile}). Cells that a
 * spreadsheet would run as a formula are written and read as {@link SpreadsheetFormulas} says.
 */
public final class ContactCsv {

  public static final long MAX_BYTES = 50L * 1024 * 1024;
  /** What an export writes: semicolons, which spreadsheets in French and English both open. */
  public static final CSVFormat EXPORT = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
  private static final Pattern CODE_SEPARATOR = Pattern.compile("\\s*[|,;]\\s*");
  private static final int HEADER_LIMIT = 64 * 1024;

  private ContactCsv() {}

  /** Opens a file: refused when empty, not UTF-8 text, or without a header row. */
  public static CSVParser open(InputStream file) {
    try {
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      BufferedReader reader = new BufferedReader(new InputStreamReader(new LimitedContactFile(file), decoder), HEADER_LIMIT);
      reader.mark(HEADER_LIMIT);
      String header = reader.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || header.isBlank()) {
        throw new InvalidInputException("contactImport.empty");
      }
      if (header.indexOf('\0') >= 0) {
        throw new InvalidInputException("contactImport.notCsv");
      }
      reader.reset();
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
      return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get().parse(reader);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw refusal(e, 1);
    }
  }

  /** The next record, or null at the end; a broken file is refused with the row where it breaks. */
  public static CSVRecord next(java.util.Iterator<CSVRecord> records, long row) {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw refusal(e, row);
    }
  }

  private static InvalidInputException refusal(Exception e, long row) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException refused) {
        return refused;
      } else if (t instanceof CharacterCodingException) {
        return new InvalidInputException("contactImport.notCsv");
      }
    }
    if (e instanceof IllegalArgumentException && String.valueOf(e.getMessage()).contains("duplicate name")) {
      return new InvalidInputException("contactImport.duplicateColumn");
    }
    return new InvalidInputException("contactImport.badCsv", row);
  }

  private static long count(String line, char c) {
    return line.chars().filter(x -> x == c).count();
  }

  /**
   * Writes the rows of the file that have errors, as they are in it, with a last column
   * {@code errors} saying why: corrected, the file imports again (that column is not imported).
   */
  public static void rejected(InputStream file, Map<Long, String> errorsByRow, OutputStream out) throws IOException {
    try (CSVParser parser = open(file)) {
      OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, EXPORT);
      List<String> header = new ArrayList<>(parser.getHeaderNames());
      header.add(ContactColumn.ERRORS.header());
      printer.printRecord(header);
      var records = parser.iterator();
      long row = 1;
      for (CSVRecord record = next(records, row); record != null; record = next(records, ++row)) {
        if (errorsByRow.containsKey(row)) {
          List<String> cells = new ArrayList<>(record.toList());
          cells.add(errorsByRow.get(row));
          printer.printRecord(cells.stream().map(SpreadsheetFormulas::neutralised));
        }
      }
      printer.flush();
    }
  }

  /** The codes of a list cell: PURCHASE|SALES (also with , or ;). */
  public static List<String> codes(String cell) {
    return cell.isBlank() ? List.of() : Arrays.stream(CODE_SEPARATOR.split(cell.trim())).filter(c -> !c.isEmpty()).toList();
  }

  public static String codeList(List<String> codes) {
    return String.join("|", codes);
  }
}
