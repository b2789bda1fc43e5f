package crm.web.segment;

import crm.service.letter.CoverSheetService;
import crm.service.letter.CoverSheetService.CoverSheet;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/** The cover sheets of the segment on segment/card.xhtml (F-29): subject, remarks, and whether to log them. */
@Named
@ViewScoped
public class CoverSheetBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CoverSheetService coverSheets;
  @Inject private SegmentCardBacking card;
  private String subject;
  private String remarks;
  private boolean logInteraction;
  private String templateCode;

  @PostConstruct
  void defaults() {
    subject = Feedback.text("coverSheet.defaultSubject");
  }

  /** Logs them when asked (all or none), then streams the sheets (the download is the answer); null, and why, when refused. */
  public StreamedContent download() {
    CoverSheet sheet = new CoverSheet(subject, remarks, logInteraction ? templateCode : null);
    String no = card.getNo();
    boolean ready = logInteraction
        ? Feedback.call(() -> coverSheets.log(no, sheet), null) != null
        : Feedback.run(() -> coverSheets.check(no, sheet), null);
    return ready ? Downloads.written("cover-sheets-" + no + ".pdf", "application/pdf", out -> coverSheets.write(no, sheet, out)) : null;
  }

  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getRemarks() { return remarks; }
  public void setRemarks(String remarks) { this.remarks = remarks; }
  public boolean isLogInteraction() { return logInteraction; }
  public void setLogInteraction(boolean logInteraction) { this.logInteraction = logInteraction; }
  public String getTemplateCode() { return templateCode; }
  public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
}
