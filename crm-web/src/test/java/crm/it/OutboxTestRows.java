package crm.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts outbox messages of the deployment under test in the states the console acts on, with
 * plain SQL from the test, as the dispatcher leaves them: failed after its last try, or queued
 * for later. The row lock makes each change wait for a delivery of that message in progress.
 */
final class OutboxTestRows {

  private OutboxTestRows() {}

  static List<Long> idsOf(String loggedSegmentNo) {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = TestDatabase.schema();
        PreparedStatement statement = connection.prepareStatement(
            "select id from outbox_message where logged_segment_no = ? order by id")) {
      statement.setString(1, loggedSegmentNo);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As after the last try: FAILED, with the server's answer as the last error. */
  static void failed(long id, String lastError) {
    update("update outbox_message set status = 'FAILED', attempts = 5, claimed_until = null,"
        + " last_error = ?, sent_at = null where id = ?", lastError, id);
  }

  /** Queued, due tomorrow, so that the dispatcher leaves it alone during the test. */
  static void queuedForTomorrow(long id) {
    update("update outbox_message set status = 'QUEUED', attempts = 0, claimed_until = null,"
        + " next_attempt_at = localtimestamp + interval '1 day', sent_at = null where id = ?", id);
  }

  private static void update(String sql, Object... parameters) {
    try (Connection connection = TestDatabase.schema(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
