package crm.service.activity;

import crm.domain.activity.Activity;
import crm.domain.activity.ActivityStep;
import crm.domain.audit.AuditAction;
import crm.domain.security.Roles;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.domain.todo.ToDo;
import crm.service.setup.NumberBlock;
import crm.service.activity.ActivityPlanner.PlannedStep;
import crm.service.activity.ActivityPlanner.Target;
import crm.service.audit.AuditTrail;
import crm.service.setup.NumberSeriesService;
import crm.service.shared.References;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Assign activity (F-14): on a start date, to a segment (its contacts), one contact, a campaign
 * or only a salesperson, one to-do per step (and per contact), due at 09:00 on the day the
 * step's formula gives, written set-based by {@link ActivityPlanner} in one transaction.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class ActivityAssignment {

  /** What to assign to: a segment or a contact (not both), else a campaign, else a salesperson. */
  public record Request(LocalDate date, String salespersonCode, String contactNo, String campaignNo, String segmentNo) {}

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Inject private ActivityService activities;
  @Inject private NumberSeriesService numberSeries;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** Writes the to-dos; answers how many. Refused, with nothing written, when there is nobody to plan for. */
  public int assign(String activityCode, Request request) {
    Activity activity = activities.get(activityCode);
    Target target = target(request);
    List<PlannedStep> steps = plannedSteps(activity, request.date());
    try (Connection connection = dataSource.getConnection()) {
      ActivityPlanner planner = new ActivityPlanner(connection);
      long count = planner.targets(target);
      if (count == 0) {
        throw new InvalidInputException("activity.emptySegment", request.segmentNo());
      }
      NumberBlock numbers = NumberBlock.of(numberSeries.next(NumberSeries.TO_DO, Math.toIntExact(count * steps.size())));
      if (!numbers.holds(count * steps.size())) {
        throw new ConflictException("activity.numbersRunOut", count * steps.size());
      }
      em.flush();
      int written = planner.plan(activity.getCode(), target, steps, numbers, count,
          session.getCallerPrincipal().getName(), OffsetDateTime.now(clock));
      audit.record(AuditAction.CREATE, "ACTIVITY_ASSIGNMENT", activity.getCode(),
          Map.of("target", String.valueOf(target), "toDos", String.valueOf(written)));
      return written;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Target target(Request request) {
    if (request.date() == null) {
      throw new InvalidInputException("activity.dateRequired");
    }
    if (request.segmentNo() != null && request.contactNo() != null) {
      throw new InvalidInputException("activity.oneTarget");
    }
    require("segment", request.segmentNo(), "segment.unknown");
    require("contact", request.contactNo(), "contact.unknown");
    require("campaign", request.campaignNo(), "campaign.unknown");
    if (request.salespersonCode() != null) {
      if (!References.exist(em, List.of("salesperson"), "code", request.salespersonCode())) {
        throw new UnknownRecordException("salesperson.unknown", request.salespersonCode());
      }
      if (!References.exist(em, List.of("app_user"), "salesperson_code", request.salespersonCode())) {
        throw new InvalidInputException("toDo.salespersonWithoutUser", request.salespersonCode());
      }
    } else if (request.segmentNo() == null && request.contactNo() == null && request.campaignNo() == null) {
      throw new InvalidInputException("activity.noTarget");
    }
    return new Target(request.contactNo(), request.campaignNo(), request.segmentNo(), request.salespersonCode());
  }

  private void require(String table, String no, String key) {
    if (no != null && !References.exist(em, List.of(table), "no", no)) {
      throw new UnknownRecordException(key, no);
    }
  }

  /** Each step due at 09:00 on its formula's date; refused when a date leaves the years 1900 to 9999. */
  private List<PlannedStep> plannedSteps(Activity activity, LocalDate start) {
    List<PlannedStep> planned = new ArrayList<>();
    List<ActivityStep> steps = activity.getSteps();
    for (int i = 0; i < steps.size(); i++) {
      ActivityStep step = steps.get(i);
      LocalDate day = step.formula().apply(inRange(start));
      OffsetDateTime due = inRange(day).atTime(ToDo.FOLLOW_UP_TIME).atZone(clock.getZone()).toOffsetDateTime();
      planned.add(new PlannedStep(i, step.getType(), step.getDescription(), step.getPriority(), due));
    }
    return planned;
  }

  private static LocalDate inRange(LocalDate day) {
    if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
      throw new InvalidInputException("activity.dateOutOfRange", day, FIRST_YEAR, LAST_YEAR);
    }
    return day;
  }
}
