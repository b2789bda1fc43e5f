package crm.web.segment;

import crm.domain.segment.LoggedSegment;
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
 * segment/logged.xhtml: the logged segments (F-28), newest first, and Cancel (their letters:
 * {@link LetterPrintBacking}).
 */
@Named
@ViewScoped
public class LoggedSegmentListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentLogService logging;
  private PageModel<LoggedSegment> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> logging.listLogged(request), LoggedSegment::getNo, Map.of());
  }

  public void cancel(String no) {
    Feedback.run(() -> logging.cancel(no), "logged.canceledMsg", no);
  }

  public PageModel<LoggedSegment> getModel() {
    return model;
  }
}
