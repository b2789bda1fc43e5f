package crm.service.contact;

import crm.domain.shared.InvalidInputException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What an import found in a file (F-04): its rows, how many are valid, how many were created
 * (none for a preview or a refused all-or-nothing import), every row's errors, and the first
 * valid rows as they will be created.
 */
public record ContactImportResult(long rows, long valid, long created, List<RowError> errors, List<Row> firstRows)
    implements Serializable {

  public long getSkipped() {
    return rows - created;
  }

  /** One error of one row: the row's number in the file (1 after the header), the column, why. */
  public record RowError(long row, String field, String key, String argument) implements Serializable {

    /** The message in the user's language, from the same bundle as refusals. */
    public String message(Locale locale) {
      return (argument == null ? new InvalidInputException(key) : new InvalidInputException(key, argument)).messageIn(locale);
    }
  }

  /** A row as it will be created; {@code company} names the company and where it comes from. */
  public record Row(long row, String type, String name, String company, String address, String postCode,
      String city, String countryCode, String languageCode, String salespersonCode, String email, String phone)
      implements Serializable {}
}
