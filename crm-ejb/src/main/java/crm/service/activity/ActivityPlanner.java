package crm.service.activity;

import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoType;
import crm.service.setup.NumberBlock;
import crm.service.shared.Sql;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the to-dos of an assigned activity with set-based SQL (F-14): one {@code INSERT … SELECT}
 * per step over the assignment's targets (the contacts of a segment, one contact, a campaign or a
 * salesperson), never a loop over contacts. A to-do is owned by the salesperson's user, else by
 * the caller; numbers come from a block taken from the TO-DO series, contact by contact.
 */
public final class ActivityPlanner {

  /** Whom the to-dos are for; {@code salespersonCode} is the chosen one, which wins. */
  public record Target(String contactNo, String campaignNo, String segmentNo, String salespersonCode) {}

  /** One step, with its due time already computed from the start date. */
  public record PlannedStep(int lineNo, ToDoType type, String description, ToDoPriority priority, OffsetDateTime dueAt) {}

  private static final String OWNERS = "(select salesperson_code, min(user_name) user_name from app_user"
      + " where salesperson_code is not null group by salesperson_code)";

  private final Sql sql;

  public ActivityPlanner(Connection connection) {
    this.sql = new Sql(connection);
  }

  /** How many to-dos each step makes: the segment's contacts, else one (0 for an unknown record). */
  public long targets(Target target) {
    List<Object> parameters = new ArrayList<>();
    return sql.number("select count(*) from (" + targets(target, parameters) + ") t", parameters);
  }

  /** Writes the to-dos; answers how many. {@code count} is {@link #targets}'s answer. */
  public int plan(String activityCode, Target target, List<PlannedStep> steps, NumberBlock numbers, long count,
      String caller, OffsetDateTime now) {
    int written = 0;
    for (PlannedStep step : steps) {
      List<Object> parameters = new ArrayList<>(Arrays.asList(numbers.prefix(), numbers.first() + step.lineNo(),
          (long) steps.size(), numbers.width(), step.type().name(), step.description(), caller, step.dueAt(),
          step.priority().name(), activityCode, step.lineNo(), now, now));
      String targets = targets(target, parameters);
      written += sql.update("insert into to_do (no, type, description, contact_no, campaign_no,"
          + " salesperson_code, owner_user, due_at, priority, status, activity_code, activity_step, version,"
          + " created_at, updated_at)"
          + " select ? || lpad(cast(? + (t.n - 1) * ? as varchar(20)), ?, '0'), ?, ?, t.contact_no,"
          + " t.campaign_no, t.salesperson_code, coalesce(u.user_name, ?), ?, ?, 'OPEN', ?, ?, 0, ?, ?"
          + " from (select x.*, row_number() over (order by x.contact_no) n from (" + targets + ") x) t"
          + " left join " + OWNERS + " u on u.salesperson_code = t.salesperson_code", parameters);
    }
    return written;
  }

  /** The targets' rows (contact_no, campaign_no, salesperson_code); adds their parameters. */
  private static String targets(Target target, List<Object> parameters) {
    String chosen = target.salespersonCode();
    if (target.segmentNo() != null) {
      parameters.addAll(Arrays.asList(target.campaignNo(), chosen, target.segmentNo()));
      return "select l.contact_no, coalesce(cast(? as varchar(20)), s.campaign_no) campaign_no,"
          + " coalesce(cast(? as varchar(20)), c.salesperson_code) salesperson_code from segment_line l"
          + " join segment s on s.no = l.segment_no join contact c on c.no = l.contact_no where l.segment_no = ?";
    }
    if (target.contactNo() != null) {
      parameters.addAll(Arrays.asList(target.campaignNo(), chosen, target.contactNo()));
      return "select c.no contact_no, cast(? as varchar(20)) campaign_no,"
          + " coalesce(cast(? as varchar(20)), c.salesperson_code) salesperson_code from contact c where c.no = ?";
    }
    if (target.campaignNo() != null) {
      parameters.addAll(Arrays.asList(chosen, target.campaignNo()));
      return "select cast(null as varchar(20)) contact_no, k.no campaign_no,"
          + " coalesce(cast(? as varchar(20)), k.salesperson_code) salesperson_code from campaign k where k.no = ?";
    }
    parameters.add(chosen);
    return "select cast(null as varchar(20)) contact_no, cast(null as varchar(20)) campaign_no,"
        + " sp.code salesperson_code from salesperson sp where sp.code = ?";
  }
}
