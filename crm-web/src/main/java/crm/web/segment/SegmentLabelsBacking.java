package crm.web.segment;

import crm.service.letter.LabelRenderer;
import crm.service.letter.LabelService;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/** The address labels of the segment on segment/card.xhtml (F-29), downloaded from its Print dialog. */
@Named
@RequestScoped
public class SegmentLabelsBacking {

  @Inject private LabelService labels;
  @Inject private SegmentCardBacking card;

  /** The labels on the chosen stock, streamed as they are laid out; null (and why) when there is none. */
  public StreamedContent download(String format) {
    String no = card.getNo();
    LabelRenderer.Format stock = LabelRenderer.Format.valueOf(format);
    return Feedback.call(() -> labels.countLabels(no), null) == null ? null
        : Downloads.written("labels-" + no + ".pdf", "application/pdf", out -> labels.writeLabels(no, stock, out));
  }
}
