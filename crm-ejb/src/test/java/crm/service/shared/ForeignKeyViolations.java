package crm.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Assertions for the references that PostgreSQL checks per statement by triggers instead of
 * foreign keys (issue 14): a refusal must look exactly like a foreign key's, SQLSTATE 23503.
 */
public final class ForeignKeyViolations {

  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private ForeignKeyViolations() {}

  /** Asserts that {@code statement} is refused as a foreign key violation, then rolls back to before it. */
  public static void assertRefused(Connection connection, String statement) {
    try {
      Savepoint before = connection.setSavepoint();
      Throwable refused = catchThrowable(() -> new Sql(connection).update(statement));
      assertThat(refused).as(statement).isNotNull();
      assertViolation(refused);
      connection.rollback(before);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asserts that {@code thrown} comes from a foreign key violation. */
  public static void assertViolation(Throwable thrown) {
    assertThat(thrown).hasRootCauseInstanceOf(SQLException.class).rootCause()
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION));
  }
}
