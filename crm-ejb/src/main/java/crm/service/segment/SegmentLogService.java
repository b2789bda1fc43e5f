package crm.service.segment;

import crm.domain.audit.AuditAction;
import crm.domain.security.Roles;
import crm.domain.segment.LoggedSegment;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.audit.AuditTrail;
import crm.service.letter.LetterService;
import crm.service.progress.ProgressReport;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Logs segments (F-27) and keeps the logged ones (F-28). Logging is one transaction: the entries,
 * the logged segment, the campaign entry and the follow-up segment commit together or not at all
 * (DESIGN.md decision 4).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SegmentLogService {

  /** The audit trail's name for a logged segment. */
  static final String LOGGED_SEGMENT = "LOGGED_SEGMENT";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private LetterService letters;
  @Inject private AuditTrail audit;
  @Inject private SegmentLogRuns runs;
  @Inject private SegmentLogWriter writer;

  /** Logs the segment without sending anything. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public LoggedSegment log(String segmentNo, boolean createFollowUpSegment) {
    return log(segmentNo, createFollowUpSegment, false);
  }

  /**
   * Logs the segment and answers the logged segment. With {@code sendAttachments}, hard-copy
   * lines get their letters and email lines their messages in the outbox, in the same
   * transaction. Records no progress: the letter previews log in a transaction they roll back.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public LoggedSegment log(String segmentNo, boolean createFollowUpSegment, boolean sendAttachments) {
    return getLogged(writer.write(segmentNo, createFollowUpSegment, sendAttachments, false, user(),
        ProgressReport.NONE, Locale.ENGLISH));
  }

  /**
   * Logs the segment as above; with {@code deliverInWorkingHours} each email is scheduled at its
   * recipient's next working hour (F-52, F-58), or queued now when the recipient's zone is unknown.
   * Its progress is recorded as for the page's log (F-66).
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public LoggedSegment log(String segmentNo, boolean createFollowUpSegment, boolean sendAttachments,
      boolean deliverInWorkingHours) {
    return log(start(segmentNo), segmentNo, createFollowUpSegment, sendAttachments, deliverInWorkingHours,
        Locale.ENGLISH);
  }

  /**
   * Checks that the segment can be logged and records that its log starts (F-66), so that its
   * card shows it at once; answers the id of the run, for {@link #log(long, String, boolean,
   * boolean, boolean, Locale)}.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public long start(String segmentNo) {
    return runs.start(segmentNo, () -> writer.loggableLines(segmentNo));
  }

  /**
   * Logs the segment for the run {@code work}, recording its phases and counts as it goes, then
   * its result with the log or, after a rollback, its failure in the {@code locale} of whoever
   * watches it.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public LoggedSegment log(long work, String segmentNo, boolean createFollowUpSegment, boolean sendAttachments,
      boolean deliverInWorkingHours, Locale locale) {
    return runs.record(work, locale, report -> getLogged(writer.write(segmentNo, createFollowUpSegment,
        sendAttachments, deliverInWorkingHours, user(), report, locale)));
  }

  /**
   * The letters that logging would print, without logging: the log runs in a transaction of its
   * own that is then rolled back, so the preview is exactly what logging will produce (F-42).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public byte[] previewLetters(String segmentNo) {
    LoggedSegment logged = getLogged(writer.write(segmentNo, false, true, false, user(), ProgressReport.NONE, Locale.ENGLISH));
    try {
      return letters.lettersOfLoggedSegment(logged.getNo());
    } catch (UnknownRecordException e) {
      throw new InvalidInputException("segment.noLettersToPrint", segmentNo);
    } finally {
      session.setRollbackOnly();
    }
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
    // On the persistence context's own connection, so that the refresh reads what the cancel wrote.
    new SegmentLogger(em.unwrap(Connection.class)).cancel(no);
    audit.record(AuditAction.CANCEL, LOGGED_SEGMENT, no, Map.of("canceled", "true"));
    em.refresh(logged);
    return logged;
  }

  private String user() {
    var principal = session.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }
}
