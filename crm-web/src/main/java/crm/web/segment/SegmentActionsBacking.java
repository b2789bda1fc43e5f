package crm.web.segment;

import crm.domain.segment.CriteriaActionType;
import crm.service.segment.SavedCriteriaService;
import crm.service.segment.SegmentCriteriaService;
import crm.service.segment.SegmentLogService;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * The actions of segment/card.xhtml, each behind a dialog: Add, Reduce and Refine Contacts with
 * a preview of the step, Go Back, Save and Reuse Criteria, Reuse Logged Segment, Print, and the
 * options of Log ({@link SegmentLogProgressBacking} starts it). Every step is applied to the
 * database at once ({@link SegmentSteps}); the card then re-reads its No. of Lines.
 */
@Named
@ViewScoped
public class SegmentActionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentCriteriaService criteria;
  @Inject private SavedCriteriaService savedCriteria;
  @Inject private SegmentLogService logging;
  @Inject private SegmentCardBacking card;
  @Inject private SegmentSteps steps;
  private CriteriaActionType stepType = CriteriaActionType.ADD;
  private FilterForm filter = new FilterForm();
  private Long previewCount;
  private String criteriaCode;
  private String criteriaDescription;
  private String loggedSegmentNo;
  private boolean sendAttachments = true;
  private boolean createFollowUp;
  private boolean deliverInWorkingHours;

  /** Opens the step dialog with empty filters. */
  public void openStep(CriteriaActionType type) {
    stepType = type;
    filter = new FilterForm();
    previewCount = null;
  }

  public void preview() {
    previewCount = Feedback.call(() -> criteria.preview(card.getNo(), stepType, filter.toFilter()), null);
  }

  public void applyStep() {
    steps.apply(stepType, filter);
  }

  public void goBack() {
    steps.goBack();
  }

  public void saveCriteria() {
    Feedback.run(() -> savedCriteria.saveCriteria(card.getNo(), criteriaCode, criteriaDescription),
        "segment.saveCriteria.done", criteriaCode);
  }

  public void reuseCriteria() {
    steps.reuseCriteria(criteriaCode);
  }

  public void reuseLoggedSegment() {
    steps.reuseLoggedSegment(loggedSegmentNo);
  }

  /** Print: the letters of the hard-copy lines as logging would print them, without logging (F-42). */
  public StreamedContent printLetters() {
    byte[] pdf = Feedback.call(() -> logging.previewLetters(card.getNo()), null);
    return Downloads.pdf(card.getNo() + "-letters.pdf", pdf);
  }

  public CriteriaActionType getStepType() { return stepType; }
  public FilterForm getFilter() { return filter; }
  public Long getPreviewCount() { return previewCount; }
  public String getCriteriaCode() { return criteriaCode; }
  public void setCriteriaCode(String code) { this.criteriaCode = code; }
  public String getCriteriaDescription() { return criteriaDescription; }
  public void setCriteriaDescription(String description) { this.criteriaDescription = description; }
  public String getLoggedSegmentNo() { return loggedSegmentNo; }
  public void setLoggedSegmentNo(String no) { this.loggedSegmentNo = no; }
  public boolean isSendAttachments() { return sendAttachments; }
  public void setSendAttachments(boolean send) { this.sendAttachments = send; }
  public boolean isCreateFollowUp() { return createFollowUp; }
  public void setCreateFollowUp(boolean create) { this.createFollowUp = create; }
  /** Each email of the log waits for its recipient's working hours (F-52, F-58). */
  public boolean isDeliverInWorkingHours() { return deliverInWorkingHours; }
  public void setDeliverInWorkingHours(boolean deliver) { this.deliverInWorkingHours = deliver; }
}
