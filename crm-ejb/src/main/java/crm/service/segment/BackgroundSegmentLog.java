package crm.service.segment;

import crm.domain.security.Roles;
import crm.domain.shared.BusinessException;
import crm.service.progress.ProgressService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs a segment for the page without keeping the page waiting (F-66): the run is checked and
 * recorded as started before the request returns, then the log, still one transaction, runs on
 * the container's asynchronous threads as the user who asked, recording its phases and counts,
 * its result or its failure, which the segment card shows on any instance.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class BackgroundSegmentLog {

  private static final Logger LOG = Logger.getLogger(BackgroundSegmentLog.class.getName());

  @Inject private SegmentLogService logging;
  @Inject private ProgressService progress;
  @Resource private SessionContext session;

  /**
   * Starts the log and answers at once; what refuses it before it starts (already logged, no
   * lines, a line without template) is thrown here, as when logging waits.
   */
  public void start(String segmentNo, boolean createFollowUpSegment, boolean sendAttachments,
      boolean deliverInWorkingHours, Locale locale) {
    long work = logging.start(segmentNo);
    session.getBusinessObject(BackgroundSegmentLog.class)
        .run(work, segmentNo, createFollowUpSegment, sendAttachments, deliverInWorkingHours, locale);
  }

  /** The log itself; a failure the log did not record (its commit failed) is recorded here. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long work, String segmentNo, boolean createFollowUpSegment, boolean sendAttachments,
      boolean deliverInWorkingHours, Locale locale) {
    try {
      logging.log(work, segmentNo, createFollowUpSegment, sendAttachments, deliverInWorkingHours, locale);
    } catch (BusinessException refused) {
      LOG.fine(() -> "Logging " + segmentNo + " refused: " + refused.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Logging " + segmentNo + " in the background failed", e);
      progress.fail(work, null);
    }
  }
}
