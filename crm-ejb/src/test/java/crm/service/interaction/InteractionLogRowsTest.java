package crm.service.interaction;

import static crm.service.segment.CronusDatabase.execute;
import static crm.service.segment.CronusDatabase.number;
import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.interaction.InteractionStatistics;
import crm.domain.interaction.InteractionStatistics.Figures;
import crm.service.segment.CronusDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interaction log's statistics and batch deletion (F-33), on the CRONUS demo data in a real (H2) database. */
class InteractionLogRowsTest {

  private static CronusDatabase database;
  private Connection connection;
  private InteractionLogRows rows;

  @BeforeAll
  static void createDatabase() {
    database = CronusDatabase.create();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    database.close();
  }

  @BeforeEach
  void prepare() throws SQLException {
    connection = database.connect();
    rows = new InteractionLogRows(connection);
    execute(connection, "delete from interaction_log_entry");
    entry(1, "2026-11-02", "ZCALL", "ZPHONE", "4.50", "10", false, false);
    entry(2, "2026-11-20", "ZCALL", "ZPHONE", "4.50", "5", false, false);
    entry(3, "2026-11-21", "ZMEET", "ZPHONE", "20.00", "60", false, false);
    entry(4, "2026-11-22", "ZLETTER", "ZPOST", "1.25", "0", false, false);
    entry(5, "2026-11-23", "ZCALL", "ZPHONE", "99.00", "99", true, false);
    entry(6, "2026-11-24", "ZCALL", "ZPHONE", "77.00", "77", false, true);
    entry(7, "2026-12-01", "ZLETTER", "ZPOST", "88.00", "88", true, false);
    execute(connection, "insert into interaction_comment (id, entry_no, comment_date, comment, user_id)"
        + " values (nextval('interaction_comment_seq'), 5, date '2026-11-23', 'Wrong contact', 'staff')");
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  private void entry(long no, String date, String template, String group, String cost, String duration,
      boolean canceled, boolean postponed) {
    execute(connection, "insert into interaction_log_entry (entry_no, contact_no, entry_date, entry_time,"
        + " interaction_template_code, interaction_group_code, cost, duration, canceled, postponed)"
        + " values (?, 'CT000001', ?, time '10:00:00', ?, ?, ?, ?, ?, ?)", no, LocalDate.parse(date), template, group,
        new BigDecimal(cost), new BigDecimal(duration), canceled, postponed);
  }

  @Test
  void statisticsPerTemplateAndGroupLeaveCanceledAndPostponedEntriesOut() {
    InteractionStatistics statistics = InteractionStatistics.of(rows.statistics(null, null));

    assertThat(statistics.byTemplate()).containsExactly(
        figures("ZCALL", 2, "9.00", "15"), figures("ZLETTER", 1, "1.25", "0"), figures("ZMEET", 1, "20.00", "60"));
    assertThat(statistics.byGroup()).containsExactly(figures("ZPHONE", 3, "29.00", "75"), figures("ZPOST", 1, "1.25", "0"));
  }

  @Test
  void statisticsOfAPeriodCountItsEntriesOnly() {
    InteractionStatistics statistics = InteractionStatistics.of(
        rows.statistics(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-21")));

    assertThat(statistics.byTemplate()).containsExactly(figures("ZCALL", 1, "4.50", "5"), figures("ZMEET", 1, "20.00", "60"));
    assertThat(statistics.byGroup()).containsExactly(figures("ZPHONE", 2, "24.50", "65"));
  }

  @Test
  void theBatchDeletesTheCanceledEntriesOfThePeriodWithTheirComments() {
    assertThat(rows.deleteCanceled(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"))).isEqualTo(1);

    assertThat(number(connection, "select count(*) from interaction_log_entry where entry_no = 5")).isZero();
    assertThat(number(connection, "select count(*) from interaction_comment")).as("its comment went with it").isZero();
    assertThat(number(connection, "select count(*) from interaction_log_entry where entry_no = 7"))
        .as("canceled, but after the period").isEqualTo(1);
    assertThat(number(connection, "select count(*) from interaction_log_entry")).isEqualTo(6);
  }

  @Test
  void withoutDatesTheBatchDeletesEveryCanceledEntryAndNothingElse() {
    assertThat(rows.deleteCanceled(null, null)).isEqualTo(2);
    assertThat(rows.deleteCanceled(null, null)).isZero();
    assertThat(number(connection, "select count(*) from interaction_log_entry where canceled = false")).isEqualTo(5);
  }

  private static Figures figures(String code, long count, String cost, String duration) {
    return new Figures(code, count, new BigDecimal(cost).setScale(2), new BigDecimal(duration).setScale(2));
  }
}
