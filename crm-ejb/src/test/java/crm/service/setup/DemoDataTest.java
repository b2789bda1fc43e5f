package crm.service.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo data loader on a freshly migrated in-memory H2 database (PostgreSQL mode), wired by
 * hand the way the container would: a real data source and the configuration flag.
 */
class DemoDataTest {

  /** Held so that the levels set stay: the INFO lines only clutter the test output. */
  private static final List<Logger> QUIET =
      List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger(DemoData.class.getName()));

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
  }

  private JdbcDataSource dataSource;

  @BeforeEach
  void migrateAnEmptyDatabase() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:demo-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    Flyway.configure().dataSource(dataSource).load().migrate();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
  }

  private DemoData demoData(boolean enabled) throws ReflectiveOperationException {
    DemoData demoData = new DemoData();
    set(demoData, "dataSource", dataSource);
    set(demoData, "enabled", enabled);
    return demoData;
  }

  @Test
  void theSalespersonsDemoEmailsComeOnlyWhenAskedFor() throws Exception {
    demoData(true).loadOnFirstStart();
    assertThat(strings("select count(*) from email")).containsExactly("0");

    DemoData withEmails = demoData(true);
    set(withEmails, "emails", true);
    withEmails.loadOnFirstStart();
    assertThat(strings("select status || ' ' || tracking || ' ' || sender_user from email order by id"))
        .containsExactly("SENT ON sales", "SENT ON sales", "SCHEDULED ON sales", "DRAFT ON sales");
    assertThat(strings("select e.type || ' ' || e.classification from email_event e order by e.id"))
        .as("a scanner's open, then a person's open and click, then the reply")
        .containsExactly("OPEN MACHINE", "OPEN HUMAN", "CLICK HUMAN", "REPLY HUMAN");
    assertThat(strings("select condition || ' ' || status from email_reminder order by email_id"))
        .as("a reminder that fired, one that waits").containsExactly("NO_REPLY FIRED", "NO_REPLY PENDING");
    assertThat(strings("select kind || ' ' || owner_user from action_card where status = 'OPEN' order by priority"))
        .containsExactly("REMINDER_DUE sales", "REPLY_RECEIVED sales");
    assertThat(strings("select interaction_template_code || ' ' || initiated_by || ' ' || subject"
        + " from interaction_log_entry where information_flow = 'INBOUND' and campaign_no is null")).as("the reply, an interaction of the contact")
        .containsExactly("EMAIL THEM Re: Millennium Server: your questions from Computer Futurus");
    assertThat(strings("select count(*) from email_event where occurred_at < (select sent_at from email"
        + " where id = email_event.email_id)")).as("no event before its email was sent").containsExactly("0");
    assertThat(strings("select o.status from outbox_message o join email m on m.id = o.email_id"
        + " where o.next_attempt_at > localtimestamp and m.send_at > current_timestamp"))
        .as("the scheduled email waits in the outbox").containsExactly("SCHEDULED");
    assertThat(strings("select l.delivery_status from interaction_log_entry l join email_recipient r"
        + " on r.entry_no = l.entry_no and r.email_id = l.email_id order by l.entry_no"))
        .as("one entry per sent or scheduled email, linked both ways").containsExactly("SENT", "SENT", "SCHEDULED");
  }

  private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private List<String> strings(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  @Test
  void loadsTheCronusDataIntoAnEmptyDatabase() throws Exception {
    demoData(true).loadOnFirstStart();

    assertThat(strings("select count(*) from contact")).containsExactly("198");
    assertThat(strings("select count(*) from contact where exclude_from_segments")).containsExactly("3");
    assertThat(strings("select count(*) from contact c join contact_code cc on cc.contact_no = c.no"
        + " where cc.code_table = 'JOB_RESPONSIBILITY' and cc.code = 'PURCHASE'"
        + " and not c.exclude_from_segments")).containsExactly("57");
    assertThat(strings("select language_code from interaction_template_language"
        + " where template_code = 'BUS' order by language_code")).containsExactly("DAN", "ENU", "FRA");
    assertThat(strings("select last_no_used from number_series where code = 'CONTACT'"))
        .containsExactly("CT000198");
    assertThat(strings("select u.user_name || ':' || r.role from app_user u join app_user_role r"
        + " on r.user_name = u.user_name where u.enabled order by u.user_name")).containsExactly(
        "admin:administrator", "batch:batch-admin", "manager:marketing-manager", "sales:salesperson",
        "staff:marketing-staff");
    assertThat(strings("select password_hash from app_user")).allMatch(hash -> hash.startsWith("PBKDF2WithHmacSHA256:"));
  }

  @Test
  void loadsTheDemoUsersIntoADatabaseThatHadTheDemoDataBeforeUsersExisted() throws Exception {
    demoData(true).loadOnFirstStart();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("delete from app_user");
    }

    demoData(true).loadOnFirstStart();

    assertThat(strings("select count(*) from app_user")).containsExactly("5");
    assertThat(strings("select count(*) from contact")).containsExactly("198");
  }

  @Test
  void loadsNothingWhenDisabled() throws Exception {
    demoData(false).loadOnFirstStart();

    assertThat(strings("select count(*) from contact")).containsExactly("0");
  }

  @Test
  void loadsNothingWhenTheDatabaseAlreadyHasContacts() throws Exception {
    demoData(true).loadOnFirstStart();

    demoData(true).loadOnFirstStart();

    assertThat(strings("select count(*) from contact")).containsExactly("198");
    assertThat(strings("select count(*) from interaction_template where code = 'BUS'")).containsExactly("1");
  }
}
