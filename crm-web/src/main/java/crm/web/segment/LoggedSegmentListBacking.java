package crm.web.segment;

import crm.domain.segment.LoggedSegment;
import crm.service.segment.LoggedSegmentService;
import crm.service.segment.SegmentLogService;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * segment/logged.xhtml: the logged segments (F-28), newest first, each opening its card; their
 * letters to print ({@link LetterPrintBacking}), Cancel, and Delete once canceled.
 */
@Named
@ViewScoped
public class LoggedSegmentListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentLogService logging;
  @Inject private LoggedSegmentService loggedSegments;
  private PageModel<LoggedSegment> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> logging.listLogged(request), LoggedSegment::getNo, Map.of());
  }

  public void cancel(String no) {
    Feedback.run(() -> logging.cancel(no), "logged.canceledMsg", no);
  }

  /** Delete a canceled logged segment, after the row's confirmation. */
  public void delete(String no) {
    Feedback.run(() -> loggedSegments.delete(no), "logged.deletedMsg", no);
  }

  /** The confirmation of Cancel: what canceling does, with the number of entries it cancels. */
  public String cancelQuestion(LoggedSegment logged) {
    return Feedback.text("logged.cancelConfirm", logged.getNo(), logged.getNoOfInteractions());
  }

  public PageModel<LoggedSegment> getModel() {
    return model;
  }
}
