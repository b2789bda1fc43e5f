package crm.service.contact;

import static crm.service.segment.CronusDatabase.number;
import static crm.service.segment.CronusDatabase.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import crm.service.contact.ContactImportResult.RowError;
import crm.service.progress.ProgressReport;
import crm.service.segment.CronusDatabase;
import crm.service.setup.NumberBlock;
import crm.service.shared.BenchmarkDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contact import on PostgreSQL (schema {@code <crm.test.db.schema>_import}) with the CRONUS demo
 * data: a file staged, checked set-based and written, each test in a transaction rolled back.
 */
class ContactImportRowsTest {

  private static final BenchmarkDatabase DATABASE = BenchmarkDatabase.forTest("import");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);
  private Connection connection;

  @BeforeAll
  static void database() throws SQLException {
    DATABASE.recreate();
    try (Connection c = DATABASE.connect(); Statement s = c.createStatement()) {
      for (String sql : CronusDatabase.demoScript().split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          s.executeUpdate(sql);
        }
      }
    }
  }

  @AfterAll
  static void drop() throws SQLException {
    DATABASE.empty();
  }

  @BeforeEach
  void begin() throws SQLException {
    connection = DATABASE.connect();
    connection.setAutoCommit(false);
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  private ContactImportRows staged(String csv) throws Exception {
    return staged(csv.getBytes(StandardCharsets.UTF_8));
  }

  private ContactImportRows staged(byte[] file) throws Exception {
    ContactImportRows rows = new ContactImportRows(connection);
    try (CSVParser parser = ContactCsv.open(new ByteArrayInputStream(file))) {
      Map<String, ContactColumn> mapping = parser.getHeaderNames().stream().collect(Collectors.toMap(h -> h,
          h -> ContactColumn.byHeader(h).orElse(ContactColumn.IGNORED)));
      rows.stage(parser, mapping, ProgressReport.NONE);
    }
    rows.check();
    return rows;
  }

  private static List<String> described(List<RowError> errors) {
    return errors.stream().map(e -> e.row() + " " + e.field() + " " + e.message(Locale.ENGLISH)).toList();
  }

  @Test
  void everyRowsErrorsAreFoundWithTheirRowAndColumn() throws Exception {
    ContactImportRows rows = staged("""
        type;name;company;post_code;email;job_responsibilities;language_code
        COMPANY;Futurus Fair GmbH;;10115;fair@futurus.example;;DEU
        PERSON;Anna Fair;Futurus Fair GmbH;10115;anna@futurus.example;PURCHASE|SALES;DEU
        PERSON;;Futurus Fair GmbH;10115;nobody@futurus.example;;
        PERSON;Bad Mail;;;not-an-email;;
        PERSON;Bad Code;;;bad@futurus.example;PURCHASE|ASTRONAUT;XXX
        PERSON;Cannon Again;;;info@cannongroup.example;;
        PERSON;Anna Twice;;;ANNA@futurus.example;;
        PERSON;Lost Person;Nowhere Ltd;;lost@futurus.example;;
        PERSON;=cmd|' /C calc'!A0;;;formula@futurus.example;;
        """);
    assertThat(rows.rows()).isEqualTo(9);
    assertThat(described(rows.errors())).containsExactly(
        "3 name The name is missing (name, or first name and surname).",
        "4 email The email address \"not-an-email\" is not valid.",
        "5 job_responsibilities Unknown code \"ASTRONAUT\".",
        "5 language_code Unknown code \"XXX\".",
        "6 email Contact CT000001 already has this email address.",
        "7 email Same contact as row 2 of the file.",
        "8 company There is no company \"Nowhere Ltd\", neither in the file nor among the contacts.",
        "9 name The value looks like a spreadsheet formula (it starts with =, +, - or @) and is not accepted.");
    assertThat(rows.valid()).isEqualTo(2);
    assertThat(rows.firstRows(10)).extracting(ContactImportResult.Row::name, ContactImportResult.Row::company)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Futurus Fair GmbH", null),
            org.assertj.core.groups.Tuple.tuple("Anna Fair", "#1"));
  }

  @Test
  void theValidRowsAreCreatedNumberedInTheFilesOrderWithTheirCompanyAndCodes() throws Exception {
    long before = number(connection, "select count(*) from contact");
    ContactImportRows rows = staged("""
        \uFEFFname,type,company,job_responsibilities,email
        "Anna Fair",PERSON,"Futurus Fair, GmbH","PURCHASE, SALES",anna@futurus.example
        "Futurus Fair, GmbH",COMPANY,,,fair@futurus.example
        "Bob Press",PERSON,The Cannon Group PLC,,+44 20 7946 0000
        """);
    assertThat(rows.errors()).extracting(RowError::field).containsExactly("email");
    assertThat(rows.write(NumberBlock.of("CT900001"), NOW, ProgressReport.NONE)).isEqualTo(2);
    rows.clear();
    assertThat(number(connection, "select count(*) from contact")).isEqualTo(before + 2);
    assertThat(strings(connection, "select no || ' ' || type || ' ' || name || ' ' || coalesce(company_no, '-')"
        + " from contact where no >= 'CT900001' order by no"))
        .containsExactly("CT900001 PERSON Anna Fair CT900002", "CT900002 COMPANY Futurus Fair, GmbH -");
    assertThat(strings(connection, "select code from contact_code where contact_no = 'CT900001' order by code"))
        .containsExactly("PURCHASE", "SALES");
    assertThat(number(connection, "select count(*) from contact_import_row")).isZero();
  }

  @Test
  void aPersonOfARejectedCompanyRowIsRejectedToo() throws Exception {
    ContactImportRows rows = staged("""
        type,name,company,job_responsibilities
        COMPANY,Rejected Ltd,,ASTRONAUT
        PERSON,Anna Rejected,Rejected Ltd,
        """);
    assertThat(described(rows.errors())).containsExactly("1 job_responsibilities Unknown code \"ASTRONAUT\".",
        "2 company The person's company (row 1) is not imported.");
    assertThat(rows.valid()).isZero();
  }

  @Test
  void duplicatesOfAnExistingContactByNameAndPostCodeAreFound() throws Exception {
    ContactImportRows rows = staged("name,post_code\nThe Cannon Group PLC,B27 4KT\nThe Cannon Group PLC,B27 4KX\n");
    assertThat(described(rows.errors())).containsExactly("1 name Contact CT000001 already has this name and post code.");
  }

  @Test
  void badFilesAreRefusedWithAClearMessage() {
    assertThat(refused(new byte[0])).isEqualTo("The file is empty: a contacts file starts with a header row naming its columns.");
    assertThat(refused(new byte[] {'%', 'P', 'D', 'F', (byte) 0xC3, (byte) 0x28, 0, 1}))
        .startsWith("This is not a CSV text file in UTF-8");
    assertThat(refused("name;name\nA;B\n".getBytes(StandardCharsets.UTF_8))).startsWith("Two columns of the header row");
    assertThat(refused("name;email\n\"Anna;x@y.example\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("The file is not valid CSV near row 1 (a quote not closed?): nothing was imported.");
    InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> {
      try (CSVParser parser = ContactCsv.open(new ByteArrayInputStream("name;shoe size\nA;42\n".getBytes(StandardCharsets.UTF_8)))) {
        new ContactImportRows(connection).stage(parser, Map.of("name", ContactColumn.NAME), ProgressReport.NONE);
      }
    });
    assertThat(new crm.domain.shared.ConflictException("contactImport.nothingImported", 1234L).messageIn(Locale.ENGLISH))
        .isEqualTo("Nothing was imported: 1,234 rows have errors. Correct them, or import the valid rows only.");
    assertThat(unknown.messageIn(Locale.FRENCH)).startsWith("La colonne « shoe size » n'est pas un champ de contact");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWhileItIsRead() {
    InputStream endless = new InputStream() {
      private long sent;
      /** Blank lines: read, never staged, so the test costs the reading only. */
      private final byte[] line = "\n".getBytes(StandardCharsets.UTF_8);

      @Override
      public int read() {
        return line[(int) (sent++ % line.length)];
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
          buffer[offset + i] = line[(int) (sent++ % line.length)];
        }
        return length;
      }
    };
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
      try (CSVParser parser = ContactCsv.open(new java.io.SequenceInputStream(
          new ByteArrayInputStream("name;email\n".getBytes(StandardCharsets.UTF_8)), endless))) {
        new ContactImportRows(connection).stage(parser, Map.of("name", ContactColumn.NAME, "email", ContactColumn.EMAIL),
            ProgressReport.NONE);
      }
    });
    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo("The file is larger than 50 MB: split it into smaller files.");
  }

  private static String refused(byte[] file) {
    return assertThrows(InvalidInputException.class, () -> {
      try (CSVParser parser = ContactCsv.open(new ByteArrayInputStream(file))) {
        var records = parser.iterator();
        for (long row = 1; ContactCsv.next(records, row) != null; row++) {
          assertThat(row).isLessThan(10);
        }
      }
    }).messageIn(Locale.ENGLISH);
  }
}
