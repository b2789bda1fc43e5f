package crm.web.segment;

import crm.domain.segment.LoggedSegment;
import crm.service.letter.LetterService;
import crm.service.segment.SegmentLogService;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * segment/logged.xhtml: the logged segments (F-28), newest first: their letters to print, and
 * Cancel.
 */
@Named
@ViewScoped
public class LoggedSegmentListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentLogService logging;
  @Inject private LetterService letters;
  private PageModel<LoggedSegment> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> logging.listLogged(request), LoggedSegment::getNo, Map.of());
  }

  public void cancel(String no) {
    Feedback.run(() -> logging.cancel(no), "logged.canceledMsg", no);
  }

  /** The printable letters of a logged segment (one PDF), or null with a message when it has none. */
  public StreamedContent letters(String no) {
    byte[] pdf = Feedback.call(() -> letters.lettersOfLoggedSegment(no), null);
    return Downloads.pdf(no + ".pdf", pdf);
  }

  public PageModel<LoggedSegment> getModel() {
    return model;
  }
}
