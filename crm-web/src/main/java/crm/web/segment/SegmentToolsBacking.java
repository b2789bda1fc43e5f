package crm.web.segment;

import crm.service.segment.SegmentMailingGroups;
import crm.service.segment.SegmentService;
import crm.web.shared.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The segment card's tools that are no criteria action: Apply Mailing Group (a dialog with a
 * mailing group lookup) and Delete, after a confirmation, back to the segments list.
 */
@Named
@ViewScoped
public class SegmentToolsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentService segments;
  @Inject private SegmentMailingGroups mailingGroups;
  private String mailingGroupCode;

  /** Opens the Apply Mailing Group dialog empty. */
  public void openMailingGroup() {
    mailingGroupCode = null;
  }

  /** Gives the segment's contacts the chosen group; the message says how many got it. */
  public void applyMailingGroup(String segmentNo) {
    Integer applied = Feedback.call(() -> mailingGroups.apply(segmentNo, mailingGroupCode), null);
    if (applied != null) {
      Feedback.info("segment.mailingGroup.applied", mailingGroupCode, applied);
    }
  }

  /** Deletes the segment and shows the segments list with the message. */
  public String delete(String segmentNo) {
    if (!Feedback.run(() -> segments.delete(segmentNo), "segment.deleted", segmentNo)) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/segment/list?faces-redirect=true";
  }

  public String getMailingGroupCode() { return mailingGroupCode; }
  public void setMailingGroupCode(String code) { this.mailingGroupCode = code; }
}
