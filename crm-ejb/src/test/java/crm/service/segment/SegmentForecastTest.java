package crm.service.segment;

import static crm.service.segment.CronusDatabase.execute;
import static crm.domain.segment.Filters.aFilter;
import static crm.service.segment.Segments.aSegment;
import static crm.service.segment.Segments.contacts;
import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.interaction.CorrespondenceType;
import crm.service.segment.SegmentForecastService.UsedValues;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: what a segment's lines will be logged with and what they will send, said before the
 * log, on the CRONUS demo data in a real (H2) database.
 */
class SegmentForecastTest {

  private static final String SEGMENT = "SM00001";
  private static CronusDatabase database;
  private Connection connection;
  private SegmentForecast forecast;
  private List<String> contacts;

  @BeforeAll
  static void createDatabase() {
    database = CronusDatabase.create();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    database.close();
  }

  /** The purchasers, to get the BUS letter on paper unless they prefer email. */
  @BeforeEach
  void purchasers() throws SQLException {
    connection = database.connect();
    aSegment(SEGMENT).template("BUS").subject("Spring news").language("ENU").correspondenceType("HARD_COPY")
        .insert(connection);
    new SegmentEngine(connection).add(SEGMENT, 1, aFilter().jobResponsibilities("PURCHASE").build());
    forecast = new SegmentForecast(connection);
    contacts = contacts(connection, SEGMENT);
    execute(connection, "update contact set correspondence_type = null, language_code = 'ENU', do_not_email = false");
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  @Test
  void eachLineSendsALetterAnEmailALetterForWantOfAddressOrNothing() {
    prefersEmail(contacts.get(0), "buyer@example.com");
    prefersEmail(contacts.get(1), null);
    prefersEmail(contacts.get(2), "no.mail@example.com");
    execute(connection, "update contact set do_not_email = true where no = ?", contacts.get(2));

    assertThat(forecast.kinds(SEGMENT)).isEqualTo(Map.of("LETTER", contacts.size() - 3L, "EMAIL", 1L,
        "NO_ADDRESS", 1L, "NOTHING", 1L));
  }

  @Test
  void theHeadersChoiceToIgnoreTheContactsPreferenceSendsLettersOnly() {
    prefersEmail(contacts.get(0), "buyer@example.com");
    execute(connection, "update segment set ignore_contact_corres_type = true where no = ?", SEGMENT);

    assertThat(forecast.kinds(SEGMENT)).isEqualTo(Map.of("LETTER", (long) contacts.size()));
  }

  @Test
  void aLineIsShownWithTheLanguageAndTypeItWillBeLoggedWith() {
    prefersEmail(contacts.get(0), "buyer@example.com");
    execute(connection, "update contact set language_code = 'DAN' where no = ?", contacts.get(1));
    execute(connection, "update contact set language_code = 'ESP' where no = ?", contacts.get(2));
    execute(connection, "update segment_line set language_code = 'FRA' where segment_no = ? and contact_no = ?",
        SEGMENT, contacts.get(3));

    Map<Long, UsedValues> used = forecast.usedValues(SEGMENT, List.of(10000L, 20000L, 30000L, 40000L, 50000L));

    assertThat(used).containsExactlyInAnyOrderEntriesOf(Map.of(
        10000L, new UsedValues("ENU", CorrespondenceType.EMAIL),
        20000L, new UsedValues("DAN", CorrespondenceType.HARD_COPY),
        30000L, new UsedValues("ENU", CorrespondenceType.HARD_COPY),
        40000L, new UsedValues("FRA", CorrespondenceType.HARD_COPY),
        50000L, new UsedValues("ENU", CorrespondenceType.HARD_COPY)));
  }

  private void prefersEmail(String contactNo, String address) {
    execute(connection, "update contact set correspondence_type = 'EMAIL', email = ? where no = ?", address, contactNo);
  }
}
