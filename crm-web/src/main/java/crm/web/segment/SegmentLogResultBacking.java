package crm.web.segment;

import crm.service.segment.LoggedSegmentOutcome;
import crm.service.segment.LoggedSegmentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;

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
  private String readFor;
  private LoggedSegmentOutcome outcome;

  /**
   * The outcome of the card's log, read once per logged segment; null while it is not logged, or
   * once its logged segment (canceled) was deleted.
   */
  public LoggedSegmentOutcome getOutcome() {
    String loggedNo = card.isLogged() ? card.getSegment().getLoggedSegmentNo() : null;
    if (!Objects.equals(loggedNo, readFor)) {
      readFor = loggedNo;
      outcome = loggedNo != null && loggedSegments.exists(loggedNo) ? loggedSegments.outcome(loggedNo) : null;
    }
    return outcome;
  }

  /** Whether the segment was logged but its logged segment deleted since: the card says so and lets it be deleted. */
  public boolean isLoggedSegmentDeleted() {
    return card.isLogged() && getOutcome() == null;
  }
}
