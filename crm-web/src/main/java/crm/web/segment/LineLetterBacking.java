package crm.web.segment;

import crm.service.segment.SegmentLineLetterService;
import crm.service.segment.SegmentLineLetterService.LineLetter;
import crm.service.segment.SegmentLineService;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * The letter of one segment line on segment/card.xhtml (F-42, story step 7): preview it as logging
 * would print it, and edit its subject and text for that line only, or reset it to the template's.
 */
@Named
@ViewScoped
public class LineLetterBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentLineLetterService lineLetters;
  @Inject private SegmentLineService segmentLines;
  @Inject private SegmentCardBacking card;
  private Long lineNo;
  private String subject;
  private String body;
  private boolean edited;

  /** The line's letter as a PDF, or null with a message when it cannot be printed. */
  public StreamedContent preview(long line) {
    byte[] pdf = Feedback.call(() -> lineLetters.preview(card.getNo(), line), null);
    return Downloads.pdf(card.getNo() + "-" + line + ".pdf", pdf);
  }

  /** Fills the dialog with the line's text: its own, else the template's merged for its contact. */
  public void open(long line) {
    LineLetter letter = Feedback.call(() -> lineLetters.text(card.getNo(), line), null);
    lineNo = letter == null ? null : line;
    subject = letter == null ? null : letter.subject();
    body = letter == null ? null : letter.body();
    edited = letter != null && letter.edited();
  }

  public void save() {
    store(subject, body, "segment.letter.saved");
  }

  /** Back to the template's text. */
  public void reset() {
    store(null, null, "segment.letter.reset");
  }

  private void store(String newSubject, String newBody, String successKey) {
    Feedback.run(() -> segmentLines.updateLine(card.getNo(), lineNo, l -> {
      l.setLetterSubject(newSubject);
      l.setLetterBody(newBody);
    }), successKey, String.valueOf(lineNo));
  }

  public boolean isOpen() { return lineNo != null; }
  public Long getLineNo() { return lineNo; }
  public boolean isEdited() { return edited; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
}
