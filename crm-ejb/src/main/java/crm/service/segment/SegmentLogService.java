package crm.service.segment;

import crm.service.shared.Sql;
import crm.domain.audit.AuditAction;
import crm.domain.security.Roles;
import crm.domain.segment.LoggedSegment;
import crm.domain.setup.MarketingSetup;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.audit.AuditTrail;
import crm.service.email.BulkEmails;
import crm.service.letter.LetterService;
import crm.service.setup.NumberSeriesService;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Logs segments (F-27) and keeps the logged ones (F-28). Logging is one transaction: the entries,
 * the logged segment, the campaign entry and the follow-up segment commit together or not at all
 * (DESIGN.md decision 4).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SegmentLogService {

  private static final String LOGGED_SEGMENT = "LOGGED_SEGMENT";

  @PersistenceContext private EntityManager em;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Resource private SessionContext session;
  @Inject private NumberSeriesService numberSeries;
  @Inject private Clock clock;
  @Inject private LetterService letters;
  @Inject private AuditTrail audit;

  /** Logs the segment without sending anything. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public LoggedSegment log(String segmentNo, boolean createFollowUpSegment) {
    return log(segmentNo, createFollowUpSegment, false);
  }

  /**
   * Logs the segment and answers the logged segment. With {@code sendAttachments}, hard-copy
   * lines get their letters and email lines their messages in the outbox, in the same
   * transaction.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public LoggedSegment log(String segmentNo, boolean createFollowUpSegment, boolean sendAttachments) {
    return log(segmentNo, createFollowUpSegment, sendAttachments, false);
  }

  /**
   * Logs the segment as above; with {@code deliverInWorkingHours} each email is scheduled at its
   * recipient's next working hour (F-52, F-58), or queued now when the recipient's zone is unknown.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public LoggedSegment log(String segmentNo, boolean createFollowUpSegment, boolean sendAttachments,
      boolean deliverInWorkingHours) {
    String loggedSegmentNo;
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      SegmentRows.requireUnlogged(sql, segmentNo, true);
      if (sql.number("select count(*) from segment_line where segment_no = ?", segmentNo) == 0) {
        throw new InvalidInputException("segment.noLines", segmentNo);
      }
      SegmentLogger logger = new SegmentLogger(connection);
      long withoutTemplate = logger.linesWithoutTemplate(segmentNo);
      if (withoutTemplate > 0) {
        throw new InvalidInputException("segment.noTemplate", segmentNo, withoutTemplate);
      }
      LocalDateTime now = LocalDateTime.now(clock);
      loggedSegmentNo = numberSeries.next(NumberSeries.LOGGED_SEGMENT);
      em.flush();
      logger.log(segmentNo, loggedSegmentNo, now, user());
      audit.record(AuditAction.LOG, LOGGED_SEGMENT, loggedSegmentNo, Map.of("segmentNo", segmentNo));
      if (sendAttachments) {
        new SegmentAttachments(connection, attachmentSettings(deliverInWorkingHours)).prepare(loggedSegmentNo, now);
      }
      if (createFollowUpSegment) {
        String followUpNo = numberSeries.next(NumberSeries.SEGMENT);
        em.flush();
        logger.createFollowUp(segmentNo, loggedSegmentNo, followUpNo, now);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return getLogged(loggedSegmentNo);
  }

  /**
   * The letters that logging would print, without logging: the log runs in a transaction of its
   * own that is then rolled back, so the preview is exactly what logging will produce (F-42).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public byte[] previewLetters(String segmentNo) {
    LoggedSegment logged = log(segmentNo, false, true);
    try {
      return letters.lettersOfLoggedSegment(logged.getNo());
    } catch (UnknownRecordException e) {
      throw new InvalidInputException("segment.noLettersToPrint", segmentNo);
    } finally {
      session.setRollbackOnly();
    }
  }

  private SegmentAttachments.Settings attachmentSettings(boolean deliverInWorkingHours) {
    MarketingSetup setup = em.find(MarketingSetup.class, MarketingSetup.ID);
    return new SegmentAttachments.Settings(setup.letterhead(), setup.getPaperSize().name(),
        setup.getSenderEmail(), setup.getSenderName(), setup.getEmailFallback(),
        new BulkEmails.Settings(setup.isTrackingEnabled(), deliverInWorkingHours, user(), clock.instant(),
            clock.getZone()));
  }

  public Page<LoggedSegment> listLogged(ListRequest request) {
    return new Listing<>(em, LoggedSegment.class, "-no").list(request);
  }

  public LoggedSegment getLogged(String no) {
    return Optional.ofNullable(em.find(LoggedSegment.class, no))
        .orElseThrow(() -> new UnknownRecordException("loggedSegment.unknown", no));
  }

  /** Cancels a logged segment: its interactions and campaign entries stop counting. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public LoggedSegment cancel(String no) {
    LoggedSegment logged = getLogged(no);
    if (logged.isCanceled()) {
      throw new ConflictException("loggedSegment.alreadyCanceled", no);
    }
    try (Connection connection = dataSource.getConnection()) {
      new SegmentLogger(connection).cancel(no);
      audit.record(AuditAction.CANCEL, LOGGED_SEGMENT, no, Map.of("canceled", "true"));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    em.refresh(logged);
    return logged;
  }

  private String user() {
    var principal = session.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }
}
