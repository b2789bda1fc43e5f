package crm.service.activity;

import static crm.service.segment.CronusDatabase.execute;
import static crm.service.segment.CronusDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoType;
import crm.service.setup.NumberBlock;
import crm.service.activity.ActivityPlanner.PlannedStep;
import crm.service.activity.ActivityPlanner.Target;
import crm.service.segment.CronusDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The to-dos an assigned activity writes (F-14), on the CRONUS demo data in a real (H2) database. */
class ActivityPlannerTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime CALL_DUE = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime VISIT_DUE = OffsetDateTime.of(2027, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final List<PlannedStep> STEPS = List.of(
      new PlannedStep(0, ToDoType.CALL, "Call about the show", ToDoPriority.HIGH, CALL_DUE),
      new PlannedStep(1, ToDoType.MEETING, "Visit", ToDoPriority.NORMAL, VISIT_DUE));

  private static CronusDatabase database;
  private Connection connection;
  private ActivityPlanner planner;

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
    planner = new ActivityPlanner(connection);
    execute(connection, "insert into app_user (user_name, full_name, password_hash, salesperson_code)"
        + " values ('jim', 'Jim Olive', 'x', 'JO')");
    execute(connection, "insert into campaign (no, description, status_code, salesperson_code)"
        + " values ('CP0001', 'Trade show', '2-START', 'HR')");
    execute(connection, "insert into activity (code, description) values ('SHOW', 'After the show')");
    execute(connection, "insert into segment (no, description, campaign_no) values ('SM00001', 'Visitors', 'CP0001')");
    execute(connection, "insert into segment (no, description) values ('SM00002', 'Nobody')");
    List<String> contacts = List.of("CT000051", "CT000002", "CT000001");
    for (int i = 0; i < contacts.size(); i++) {
      execute(connection, "insert into segment_line (segment_no, line_no, contact_no) values ('SM00001', ?, ?)",
          10_000 * (i + 1), contacts.get(i));
    }
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  private List<List<Object>> toDos() {
    return rows(connection, "select no, contact_no, campaign_no, salesperson_code, owner_user, type, description,"
        + " priority, status, activity_code, activity_step from to_do order by no");
  }

  private int plan(Target target) {
    return planner.plan("SHOW", target, STEPS, NumberBlock.of("TD000041"), planner.targets(target), "marketing", NOW);
  }

  @Test
  void aSegmentGetsOneToDoPerContactAndStepNumberedContactByContact() {
    Target segment = new Target(null, null, "SM00001", null);
    assertThat(planner.targets(segment)).isEqualTo(3);

    assertThat(plan(segment)).isEqualTo(6);

    assertThat(toDos()).containsExactly(
        List.of("TD000041", "CT000001", "CP0001", "JO", "jim", "CALL", "Call about the show", "HIGH", "OPEN", "SHOW", 0),
        List.of("TD000042", "CT000001", "CP0001", "JO", "jim", "MEETING", "Visit", "NORMAL", "OPEN", "SHOW", 1),
        List.of("TD000043", "CT000002", "CP0001", "PS", "marketing", "CALL", "Call about the show", "HIGH", "OPEN", "SHOW", 0),
        List.of("TD000044", "CT000002", "CP0001", "PS", "marketing", "MEETING", "Visit", "NORMAL", "OPEN", "SHOW", 1),
        List.of("TD000045", "CT000051", "CP0001", "JO", "jim", "CALL", "Call about the show", "HIGH", "OPEN", "SHOW", 0),
        List.of("TD000046", "CT000051", "CP0001", "JO", "jim", "MEETING", "Visit", "NORMAL", "OPEN", "SHOW", 1));
    assertThat(rows(connection, "select distinct activity_step, due_at from to_do order by activity_step"))
        .extracting(row -> ((OffsetDateTime) row.get(1)).toInstant())
        .containsExactly(CALL_DUE.toInstant(), VISIT_DUE.toInstant());
  }

  @Test
  void theChosenSalespersonOwnsEveryToDo() {
    plan(new Target(null, null, "SM00001", "JO"));

    assertThat(toDos()).extracting(row -> row.get(3) + "/" + row.get(4)).containsOnly("JO/jim").hasSize(6);
  }

  @Test
  void aContactGetsOneToDoPerStepInTheCampaignGiven() {
    assertThat(plan(new Target("CT000002", "CP0001", null, null))).isEqualTo(2);

    assertThat(toDos()).extracting(row -> row.subList(0, 5)).containsExactly(
        List.of("TD000041", "CT000002", "CP0001", "PS", "marketing"),
        List.of("TD000042", "CT000002", "CP0001", "PS", "marketing"));
  }

  @Test
  void aCampaignGetsOneToDoPerStepForItsSalesperson() {
    assertThat(plan(new Target(null, "CP0001", null, null))).isEqualTo(2);

    assertThat(toDos()).extracting(row -> String.valueOf(row.get(1)) + "/" + row.get(2) + "/" + row.get(3))
        .containsExactly("null/CP0001/HR", "null/CP0001/HR");
  }

  @Test
  void aSalespersonGetsOneToDoPerStep() {
    assertThat(plan(new Target(null, null, null, "JO"))).isEqualTo(2);

    assertThat(toDos()).extracting(row -> row.get(3) + "/" + row.get(4)).containsExactly("JO/jim", "JO/jim");
  }

  @Test
  void anEmptySegmentOrAnUnknownRecordHasNoTargets() {
    assertThat(planner.targets(new Target(null, null, "SM00002", null))).isZero();
    assertThat(planner.targets(new Target("CT999999", null, null, null))).isZero();
    assertThat(planner.targets(new Target(null, "CP9999", null, null))).isZero();
    assertThat(planner.targets(new Target(null, null, null, "ZZ"))).isZero();
  }

  @Test
  void aBlockOfNumbersKeepsItsWidthOrSaysItCannot() {
    NumberBlock numbers = NumberBlock.of("TD999998");

    assertThat(numbers).isEqualTo(new NumberBlock("TD", 999_998, 6));
    assertThat(numbers.holds(2)).isTrue();
    assertThat(numbers.holds(3)).isFalse();
  }
}
