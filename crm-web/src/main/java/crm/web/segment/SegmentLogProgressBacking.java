package crm.web.segment;

import crm.domain.segment.LoggedSegment;
import crm.service.progress.ProgressService;
import crm.service.progress.WorkProgress;
import crm.service.segment.BackgroundSegmentLog;
import crm.service.segment.LoggedSegmentService;
import crm.service.segment.SegmentLogService;
import crm.web.shared.Feedback;
import crm.web.shared.ProgressStatus;
import crm.web.shared.LocalDateConverter;
import crm.web.shared.UserZone;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * The log of the segment on segment/card.xhtml (F-66): the log dialog starts it in the background
 * and the card shows its phase and counts, read again every second while it runs, then its result
 * or why it failed. The run is read from the database, so the card shows it also when the user
 * comes back later, on another instance, or when someone else started it.
 */
@Named
@ViewScoped
public class SegmentLogProgressBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ProgressService progress;
  @Inject private BackgroundSegmentLog background;
  @Inject private SegmentLogService logging;
  @Inject private LoggedSegmentService loggedSegments;
  @Inject private SegmentCardBacking card;
  @Inject private SegmentActionsBacking options;
  @Inject private UserZone userZone;
  private WorkProgress latest;
  private LoggedSegment logged;

  /** f:viewAction after the card's: the segment's last log, if any. */
  public void load() {
    latest = card.isNew() ? null : progress.latest(ProgressService.SEGMENT_LOG, card.getNo()).orElse(null);
    if (latest != null && latest.isDone() && !loggedSegments.exists(latest.resultNo())) {
      latest = null; // a canceled logged segment deleted since: its log has nothing left to show
    }
    logged = latest != null && latest.isDone() ? logging.getLogged(latest.resultNo()) : null;
  }

  /** The log dialog's OK: checks and starts the log, then answers at once. */
  public void start() {
    if (Feedback.run(() -> background.start(card.getNo(), options.isCreateFollowUp(), options.isSendAttachments(),
        options.isDeliverInWorkingHours(), Feedback.locale()), null)) {
      load();
    }
  }

  /** p:poll while the log runs; once it ended the card reads the segment again, logged or not. */
  public void poll() {
    load();
    if (!isRunning()) {
      card.load();
      PrimeFaces.current().ajax().update("form", "facts");
    }
  }

  public boolean isRunning() {
    return latest != null && latest.isRunning();
  }

  public long getPercent() {
    return latest == null ? 0 : latest.percent();
  }

  /** The one line that says where the log is: running (phase, n of m), logged, failed or interrupted. */
  public String getStatus() {
    return ProgressStatus.of(latest, "progress.segmentLog",
        () -> Feedback.text("segment.log.done", logged.getNo(), logged.getNoOfInteractions()));
  }

  /** Letters and emails so far, and who started the log when (in the user's time zone). */
  public String getCounts() {
    return latest == null ? null : Feedback.text("progress.segmentLog.counts", latest.letters(), latest.emails(),
        latest.startedBy(), LocalDateConverter.format(userZone.fromServer(latest.startedAt())));
  }

  public String getFollowUp() {
    return logged == null || logged.getFollowUpSegmentNo() == null ? null
        : Feedback.text("segment.log.followUp", logged.getFollowUpSegmentNo());
  }
}
