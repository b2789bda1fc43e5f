package crm.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Assertions for the references that PostgreSQL checks per statement by triggers instead of
 * foreign keys (issue 14): a refusal must look exactly like a foreign key's, SQLSTATE 23503, and a
 * delete beside a writer must wait for it as it would for a foreign key's lock.
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

  /**
   * Starts {@code work} (on its own connection) beside the uncommitted writes of {@code holder},
   * asserts that it waits for them, then commits them: the work's outcome is what it did after.
   */
  public static <T> CompletableFuture<T> waitsForCommitOf(Connection holder, Supplier<T> work) {
    CompletableFuture<T> outcome = CompletableFuture.supplyAsync(work);
    try {
      Thread.sleep(300);
      assertThat(outcome).as("waits for the other transaction's locks").isNotDone();
      holder.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return outcome;
  }

  /** Asserts that {@code thrown} comes from a foreign key violation. */
  public static void assertViolation(Throwable thrown) {
    assertThat(thrown).hasRootCauseInstanceOf(SQLException.class).rootCause()
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION));
  }
}
