package crm.service.interaction;

import crm.domain.interaction.InteractionStatistics;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Set-based work on the interaction log (F-33) on the transaction's connection: the grouped
 * figures per template and group, and the batch deletion of canceled entries between two dates
 * (the ERP's "Delete Interaction Log Entries"); their comments, letters and deliveries go with
 * them (on delete cascade).
 */
final class InteractionLogRows {

  private final Sql sql;

  InteractionLogRows(Connection connection) {
    this.sql = new Sql(connection);
  }

  /** One row per template and group of the entries that count, dated between the dates given (null: open). */
  List<InteractionStatistics.Row> statistics(LocalDate from, LocalDate to) {
    List<Object> dates = new ArrayList<>();
    return sql.list("select interaction_template_code, interaction_group_code, count(*), coalesce(sum(cost), 0),"
            + " coalesce(sum(duration), 0) from interaction_log_entry where canceled = false and postponed = false"
            + dated(from, to, dates) + " group by interaction_template_code, interaction_group_code",
        row -> new InteractionStatistics.Row(row.getString(1), row.getString(2), row.getLong(3),
            row.getBigDecimal(4), row.getBigDecimal(5)), dates.toArray());
  }

  /** Deletes the canceled entries dated between the dates given (null: open); answers how many. */
  int deleteCanceled(LocalDate from, LocalDate to) {
    List<Object> dates = new ArrayList<>();
    return sql.update("delete from interaction_log_entry where canceled = true and postponed = false"
        + dated(from, to, dates), dates);
  }

  private static String dated(LocalDate from, LocalDate to, List<Object> parameters) {
    StringBuilder condition = new StringBuilder();
    if (from != null) {
      condition.append(" and entry_date >= ?");
      parameters.add(from);
    }
    if (to != null) {
      condition.append(" and entry_date <= ?");
      parameters.add(to);
    }
    return condition.toString();
  }
}
