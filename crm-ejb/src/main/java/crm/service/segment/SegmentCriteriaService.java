package crm.service.segment;

import crm.service.shared.Sql;
import crm.domain.security.Roles;
import crm.domain.interaction.InteractionTemplate;
import crm.domain.segment.CriteriaAction;
import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.LoggedSegment;
import crm.domain.segment.SegmentFilter;
import crm.domain.setup.CodeTable;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.setup.CodeService;
import crm.service.setup.SalespersonService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * The segment steps (F-22..F-25): Add, Reduce and Refine contacts, preview a step, Go Back, and
 * reuse a logged segment ({@link SavedCriteriaService} saves and replays criteria). Each step locks
 * the segment row, runs set-based in the database and is recorded as a criteria action.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SegmentCriteriaService {

  @PersistenceContext private EntityManager em;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Inject private Clock clock;
  @Inject private CodeService codes;
  @Inject private SalespersonService salespeople;

  /** Applies one step and answers the segment's new number of lines. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public long apply(String segmentNo, CriteriaActionType type, SegmentFilter filter) {
    check(filter);
    return withLockedSegment(segmentNo, (connection, engine) -> {
      int actionNo = lastActionNo(segmentNo) + 1;
      if (type == CriteriaActionType.ADD) {
        engine.add(segmentNo, actionNo, filter);
      } else {
        engine.remove(segmentNo, actionNo, type, filter);
      }
      long lines = engine.lineCount(segmentNo);
      new Sql(connection).update("insert into criteria_action (segment_no, action_no, action, description,"
              + " filter, lines_after, created_at) values (?, ?, ?, ?, ?, ?, ?)",
          segmentNo, actionNo, type.name(), FilterDescription.of(type, filter),
          FilterJson.write(filter), (int) lines, LocalDateTime.now(clock));
      return lines;
    });
  }

  /** How many contacts the step would add (Add) or remove (Reduce, Refine); changes nothing. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public long preview(String segmentNo, CriteriaActionType type, SegmentFilter filter) {
    check(filter);
    try (Connection connection = dataSource.getConnection()) {
      SegmentRows.requireUnlogged(new Sql(connection), segmentNo, false);
      return new SegmentEngine(connection).preview(segmentNo, type, filter);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Undoes the last step, restoring exactly the lines from before it. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public long goBack(String segmentNo) {
    return withLockedSegment(segmentNo, (connection, engine) -> {
      int actionNo = lastActionNo(segmentNo);
      if (actionNo == 0) {
        throw new ConflictException("segment.nothingToUndo", segmentNo);
      }
      CriteriaAction action = em.find(CriteriaAction.class, new CriteriaAction.Key(segmentNo, actionNo));
      engine.undo(segmentNo, actionNo, action.getAction());
      return engine.lineCount(segmentNo);
    });
  }

  public List<CriteriaAction> actions(String segmentNo) {
    return em.createQuery("select a from CriteriaAction a where a.segmentNo = :no order by a.actionNo",
            CriteriaAction.class).setParameter("no", segmentNo).getResultList();
  }

  /** Adds the contacts of a logged segment, as one Add step. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public long reuseLoggedSegment(String segmentNo, String loggedSegmentNo) {
    if (em.find(LoggedSegment.class, loggedSegmentNo) == null) {
      throw new UnknownRecordException("loggedSegment.unknown", loggedSegmentNo);
    }
    return apply(segmentNo, CriteriaActionType.ADD, SegmentFilter.ofLoggedSegment(loggedSegmentNo));
  }

  /** Refuses a filter that names codes, salespeople or templates that do not exist. */
  private void check(SegmentFilter filter) {
    codes.checkExist(CodeTable.JOB_RESPONSIBILITY, filter.jobResponsibilityCodes());
    codes.checkExist(CodeTable.BUSINESS_RELATION, filter.businessRelationCodes());
    codes.checkExist(CodeTable.INDUSTRY_GROUP, filter.industryGroupCodes());
    codes.checkExist(CodeTable.MAILING_GROUP, filter.mailingGroupCodes());
    codes.checkExist(CodeTable.LANGUAGE, filter.languageCodes());
    filter.salespersonCodes().forEach(salespeople::getSalesperson);
    var interaction = filter.interaction();
    if (interaction != null && interaction.templateCode() != null
        && em.find(InteractionTemplate.class, interaction.templateCode()) == null) {
      throw new UnknownRecordException("template.unknown", interaction.templateCode());
    }
    if (interaction != null && interaction.from() != null && interaction.to() != null
        && interaction.to().isBefore(interaction.from())) {
      throw new InvalidInputException("campaign.endBeforeStart", interaction.to(), interaction.from());
    }
  }

  private int lastActionNo(String segmentNo) {
    Number last = (Number) em.createNativeQuery("select coalesce(max(action_no), 0) from criteria_action where segment_no = ?1")
        .setParameter(1, segmentNo).getSingleResult();
    return last.intValue();
  }

  /** A step run on the locked segment row. */
  private interface Step {
    long run(Connection connection, SegmentEngine engine);
  }

  private long withLockedSegment(String segmentNo, Step step) {
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      SegmentRows.requireUnlogged(sql, segmentNo, true);
      long lines = step.run(connection, new SegmentEngine(connection));
      sql.update("update segment set version = version + 1, updated_at = ? where no = ?",
          LocalDateTime.now(clock), segmentNo);
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
