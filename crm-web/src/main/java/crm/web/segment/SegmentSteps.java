package crm.web.segment;

import crm.domain.segment.CriteriaActionType;
import crm.service.segment.SavedCriteriaService;
import crm.service.segment.SegmentCriteriaService;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * The steps that change the lines of the segment on segment/card.xhtml: Add, Reduce and Refine
 * Contacts, Go Back, Reuse Criteria and Reuse Logged Segment. Each is applied to the database at
 * once; when it succeeds, its message tells the new number of lines and the card re-reads its
 * counts. Lives as long as {@link SegmentActionsBacking}, which holds it.
 */
@Dependent
class SegmentSteps implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentCriteriaService criteria;
  @Inject private SavedCriteriaService savedCriteria;
  @Inject private SegmentCardBacking card;

  void apply(CriteriaActionType type, FilterForm filter) {
    Long lines = Feedback.call(() -> criteria.apply(card.getNo(), type, filter.toFilter()), null);
    done(lines, "segment.step.done", Feedback.text("enum." + type), lines);
  }

  void goBack() {
    Long lines = Feedback.call(() -> criteria.goBack(card.getNo()), null);
    done(lines, "segment.wentBack", lines);
  }

  void reuseCriteria(String criteriaCode) {
    Long lines = Feedback.call(() -> savedCriteria.reuseCriteria(card.getNo(), criteriaCode), null);
    done(lines, "segment.reuseCriteria.done", criteriaCode, lines);
  }

  void reuseLoggedSegment(String loggedSegmentNo) {
    Long lines = Feedback.call(() -> criteria.reuseLoggedSegment(card.getNo(), loggedSegmentNo), null);
    done(lines, "segment.reuseLogged.done", loggedSegmentNo, lines);
  }

  /** After a step that succeeded (lines not null): the message, and the card's new counts. */
  private void done(Long lines, String key, Object... arguments) {
    if (lines != null) {
      Feedback.info(key, arguments);
      card.refresh();
    }
  }
}
