package crm.web.segment;

import crm.service.segment.LoggedSegmentOutcome;
import crm.service.segment.LoggedSegmentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * What the log of the segment on segment/card.xhtml produced, shown where the user is once it is
 * logged: entries, letters printed, emails queued and the follow-up segment, with their links.
 */
@Named
@ViewScoped
public class SegmentLogResultBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private LoggedSegmentService loggedSegments;
  @Inject private SegmentCardBacking card;
  private LoggedSegmentOutcome outcome;

  /** The outcome of the card's log, read once per logged segment; null while it is not logged. */
  public LoggedSegmentOutcome getOutcome() {
    String loggedNo = card.isLogged() ? card.getSegment().getLoggedSegmentNo() : null;
    if (loggedNo == null) {
      outcome = null;
    } else if (outcome == null || !outcome.logged().getNo().equals(loggedNo)) {
      outcome = loggedSegments.outcome(loggedNo);
    }
    return outcome;
  }
}
