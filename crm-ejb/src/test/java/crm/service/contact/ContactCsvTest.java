package crm.service.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crm.domain.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/** The contacts CSV format: detection of the delimiter and the BOM, the file of rejected rows, the size limit. */
class ContactCsvTest {

  @Test
  void theDelimiterIsTheOneOfTheHeaderRowAndTheByteOrderMarkIsSkipped() throws Exception {
    try (CSVParser comma = ContactCsv.open(stream("\uFEFFname,city\n\"Fair; Ltd\",Paris\n"));
        CSVParser semicolon = ContactCsv.open(stream("name;city\n\"Fair, Ltd\";Paris\n"))) {
      assertThat(comma.getHeaderNames()).containsExactly("name", "city");
      assertThat(comma.iterator().next().get("name")).isEqualTo("Fair; Ltd");
      assertThat(semicolon.getHeaderNames()).containsExactly("name", "city");
      assertThat(semicolon.iterator().next().get("name")).isEqualTo("Fair, Ltd");
    }
  }

  @Test
  void theRejectedRowsAreWrittenAsInTheFileWithTheirErrors() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ContactCsv.rejected(stream("name,email\nAnna,a@x.example\nBob,bad\n=1+1,c@x.example\n"),
        Map.of(2L, "email: bad", 3L, "name: formula"), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("name;email;errors\r\nBob;bad;email: bad\r\n'=1+1;c@x.example;name: formula\r\n");
  }

  @Test
  void codeListsAreSplitOnBarsCommasOrSemicolons() {
    assertThat(ContactCsv.codes("PURCHASE| SALES ,IT;MGMT")).containsExactly("PURCHASE", "SALES", "IT", "MGMT");
    assertThat(ContactCsv.codes(" ")).isEmpty();
  }

  @Test
  void aFileOverFiftyMegabytesIsRefusedWhileItIsRead() throws Exception {
    InputStream huge = new InputStream() {
      private final byte[] row = "Anna Andersen;Aarhus\n".getBytes(StandardCharsets.UTF_8);
      private long sent;

      @Override
      public int read() {
        return sent > ContactCsv.MAX_BYTES + row.length ? -1 : row[(int) (sent++ % row.length)];
      }
    };
    try (CSVParser parser = ContactCsv.open(new SequenceInputStream(stream("name;city\n"), huge))) {
      assertThatThrownBy(() -> parser.forEach(record -> { }))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(((InvalidInputException) e).messageIn(Locale.ENGLISH)).contains("50 MB"));
    }
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
