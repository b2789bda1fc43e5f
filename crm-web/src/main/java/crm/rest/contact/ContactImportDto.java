package crm.rest.contact;

import crm.service.contact.ContactImportResult;
import java.util.List;
import java.util.Locale;

/**
 * The answer to {@code POST /contacts/import}: the file's rows, the valid ones, how many were
 * created and skipped, every row's errors in the caller's language, and (preview) the first rows
 * as they will be created.
 */
public record ContactImportDto(long rows, long valid, long created, long skipped, List<ErrorDto> errors,
    List<ContactImportResult.Row> firstRows) {

  /** One error: the row in the file (1 after the header), the column, why. */
  public record ErrorDto(long row, String field, String message) {}

  /** A refused all-or-nothing import: a problem-details body that also carries the rows' errors. */
  public record Refusal(int status, String title, String detail, long rows, long valid, long created,
      List<ErrorDto> errors) {}

  public static ContactImportDto from(ContactImportResult result, Locale locale) {
    return new ContactImportDto(result.rows(), result.valid(), result.created(), result.getSkipped(),
        errors(result, locale), result.firstRows());
  }

  static List<ErrorDto> errors(ContactImportResult result, Locale locale) {
    return result.errors().stream().map(e -> new ErrorDto(e.row(), e.field(), e.message(locale))).toList();
  }
}
