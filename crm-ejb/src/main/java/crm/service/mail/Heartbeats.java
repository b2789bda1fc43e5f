package crm.service.mail;

import crm.service.shared.Sql;
import java.time.LocalDateTime;

/** The SQL of the instances' heartbeats (table {@code sending_instance}). */
final class Heartbeats {

  private final Sql sql;

  Heartbeats(Sql sql) {
    this.sql = sql;
  }

  /** Records that the instance is alive at {@code now}: its row is created at its first beat. */
  void beat(String instanceId, LocalDateTime now) {
    if (sql.update("update sending_instance set heartbeat_at = ? where instance_id = ?", now, instanceId) == 0) {
      sql.update("insert into sending_instance (instance_id, heartbeat_at) values (?, ?)", instanceId, now);
    }
  }
}
