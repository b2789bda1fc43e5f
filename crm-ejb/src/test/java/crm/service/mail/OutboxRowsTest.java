package crm.service.mail;

import crm.service.shared.Sql;
import static crm.service.mail.OutboxDatabase.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outbox queries on the embedded database: claims, locks and reads. */
class OutboxRowsTest {

  private final OutboxDatabase database = new OutboxDatabase();

  @Test
  void twoInstancesClaimingAtOnceNeverGetTheSameMessage() throws Exception {
    try (Connection first = database.connect(); Connection second = database.connect()) {
      long a = database.queue(first, null, NOW.minusMinutes(2));
      long b = database.queue(first, null, NOW.minusMinutes(1));
      long c = database.queue(first, null, NOW);
      database.queue(first, null, NOW.plusMinutes(1));

      List<Long> claimed = new OutboxRows(new Sql(first)).lockDue(NOW, NOW, 2);
      assertThat(claimed).containsExactly(a, b);
      // H2 locks every due row, not only the first two, until the claim commits; PostgreSQL
      // would answer c here. Either way the other instance never gets a or b.
      assertThat(new OutboxRows(new Sql(second)).lockDue(NOW, NOW, 10)).doesNotContain(a, b);
      new OutboxTransitions(new Sql(first)).claim(claimed, NOW.plusMinutes(10), "here", NOW);
      first.commit();
      assertThat(new OutboxRows(new Sql(second)).lockDue(NOW, NOW, 10)).containsExactly(c);
    }
  }

  @Test
  void claimedMessagesAreNotDueUntilTheClaimExpires() throws Exception {
    try (Connection connection = database.connect()) {
      long id = database.queue(connection, null, NOW);
      OutboxRows rows = new OutboxRows(new Sql(connection));
      new OutboxTransitions(new Sql(connection)).claim(rows.lockDue(NOW, NOW, 10), NOW.plusMinutes(10), "here", NOW);
      connection.commit();

      assertThat(rows.lockDue(NOW.plusMinutes(9), NOW.plusMinutes(9), 10)).isEmpty();
      assertThat(rows.lockDue(NOW.plusMinutes(11), NOW.plusMinutes(11), 10)).containsExactly(id);
    }
  }

  @Test
  void theClaimsOfAnInstanceWhoseHeartbeatLapsedAreDueAtOnce() throws Exception {
    try (Connection connection = database.connect()) {
      long id = database.queue(connection, null, NOW);
      Sql sql = new Sql(connection);
      sql.update("insert into sending_instance (instance_id, heartbeat_at) values ('dead', ?), ('alive', ?)",
          NOW.minusSeconds(31), NOW.minusSeconds(5));
      OutboxRows rows = new OutboxRows(sql);
      new OutboxTransitions(sql).claim(List.of(id), NOW.plusMinutes(10), "alive", NOW);
      connection.commit();
      assertThat(rows.lockDue(NOW, NOW.minusSeconds(30), 10)).isEmpty();

      new OutboxTransitions(sql).claim(List.of(id), NOW.plusMinutes(10), "dead", NOW);
      connection.commit();
      assertThat(rows.lockDue(NOW, NOW.minusSeconds(30), 10)).containsExactly(id);
    }
  }

  @Test
  void pagesNewestFirstByStatus() throws Exception {
    try (Connection connection = database.connect()) {
      long older = database.queue(connection, null, NOW);
      long newer = database.queue(connection, null, NOW);
      OutboxRows rows = new OutboxRows(new Sql(connection));

      assertThat(rows.page(OutboxStatus.QUEUED, 0, 10)).extracting(OutboxMessage::id).containsExactly(newer, older);
      assertThat(rows.page(null, 1, 10)).extracting(OutboxMessage::id).containsExactly(older);
      assertThat(rows.count(OutboxStatus.QUEUED)).isEqualTo(2);
      assertThat(rows.count(OutboxStatus.SENT)).isZero();
    }
  }
}
