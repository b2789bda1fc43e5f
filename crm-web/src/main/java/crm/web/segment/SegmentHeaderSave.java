package crm.web.segment;

import crm.domain.segment.Segment;
import crm.service.segment.SegmentService;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * Save on segment/card.xhtml: the header as the form edits it (a detached copy) copied onto a
 * new segment or onto the stored one. When the stored one's lines have interaction values of
 * their own, the refusal becomes the question whether to overwrite them ({@code flowDialog}).
 * Lives as long as {@link SegmentCardBacking}, which holds it.
 */
@Dependent
class SegmentHeaderSave implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentService segments;

  /** Creates the segment; answers the outcome of its card, the message kept, or null when refused. */
  String create(Segment form) {
    Segment created = Feedback.call(() -> segments.create(null, target -> copy(form, target)), null);
    if (created == null) {
      return null;
    }
    Feedback.info("segment.created", created.getNo());
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/segment/card?faces-redirect=true&no=" + created.getNo();
  }

  /** Changes the segment; false when refused, with the question asked when that is why. */
  boolean update(String no, int version, Boolean overwriteLines, Segment form) {
    boolean saved = Feedback.run(() -> segments.update(no, version, overwriteLines, target -> copy(form, target)),
        "common.saved");
    if (!saved && "segment.linesHaveOwnInteraction".equals(Feedback.lastErrorKey())) {
      FacesContext.getCurrentInstance().getMessageList().clear();
      PrimeFaces.current().executeScript("PF('flowDialog').show()");
    }
    return saved;
  }

  private static void copy(Segment form, Segment target) {
    target.setDescription(form.getDescription());
    target.setDate(form.getDate());
    target.setSalespersonCode(form.getSalespersonCode());
    target.setCampaignNo(form.getCampaignNo());
    target.setCampaignTarget(form.isCampaignTarget());
    target.setCampaignResponse(form.isCampaignResponse());
    target.setInteractionTemplateCode(form.getInteractionTemplateCode());
    target.setSubject(form.getSubject());
    target.setLanguageCode(form.getLanguageCode());
    target.setCorrespondenceType(form.getCorrespondenceType());
    target.setIgnoreContactCorrespondenceType(form.isIgnoreContactCorrespondenceType());
  }
}
