package crm.web.segment;

import crm.domain.segment.SegmentLine;
import crm.service.segment.SegmentLineService;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One segment line's own values on segment/card.xhtml (F-21): its description, subject, template,
 * language and correspondence type for its interaction log entry (empty: the header's, or the
 * contact's for the language and type), and whether it is a campaign target or response. The
 * dialog edits a copy read when it opens; Save hands its values to the service.
 */
@Named
@ViewScoped
public class SegmentLineBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentLineService segmentLines;
  @Inject private SegmentCardBacking card;
  private SegmentLine line;

  public void open(long lineNo) {
    line = Feedback.call(() -> segmentLines.getLine(card.getNo(), lineNo), null);
  }

  public void save() {
    SegmentLine edited = line;
    Feedback.run(() -> segmentLines.updateLine(card.getNo(), edited.getLineNo(), l -> {
      l.setDescription(edited.getDescription());
      l.setSubject(edited.getSubject());
      l.setInteractionTemplateCode(edited.getInteractionTemplateCode());
      l.setLanguageCode(edited.getLanguageCode());
      l.setCorrespondenceType(edited.getCorrespondenceType());
      l.setCampaignTarget(edited.isCampaignTarget());
      l.setCampaignResponse(edited.isCampaignResponse());
    }), "segment.line.saved", String.valueOf(edited.getLineNo()));
  }

  /** The line as the dialog edits it; null until a line is opened. */
  public SegmentLine getLine() { return line; }
}
