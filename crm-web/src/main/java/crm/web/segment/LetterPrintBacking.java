package crm.web.segment;

import crm.service.letter.BackgroundLetterPrint;
import crm.service.letter.PrintedLetterFiles;
import crm.service.progress.ProgressService;
import crm.service.progress.WorkProgress;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import crm.web.shared.ProgressStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * The letters of a logged segment printed in the background (F-66), on segment/logged.xhtml: Print
 * starts the run (or shows the one already running or printed), a dialog shows how many letters
 * are printed, read again every second, then offers the PDF. Closing the dialog or leaving the page
 * does not stop the run; Print again shows it.
 */
@Named
@ViewScoped
public class LetterPrintBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private BackgroundLetterPrint print;
  @Inject private ProgressService progress;
  @Inject private PrintedLetterFiles files;
  private String loggedSegmentNo;
  private WorkProgress latest;

  public void start(String no) {
    loggedSegmentNo = no;
    latest = null;
    if (Feedback.run(() -> print.start(no), null)) {
      poll();
    }
  }

  /** p:poll while the run goes on. */
  public void poll() {
    latest = progress.latest(ProgressService.LETTER_PRINT, loggedSegmentNo).orElse(null);
  }

  public boolean isRunning() {
    return latest != null && latest.isRunning();
  }

  public boolean isDone() {
    return latest != null && latest.isDone();
  }

  public long getPercent() {
    return latest == null ? 0 : latest.percent();
  }

  /** Printing (n of m), printed, failed or interrupted: from the run's row. */
  public String getStatus() {
    return ProgressStatus.of(latest, "progress.letterPrint", () -> Feedback.text("progress.letterPrint.done", latest.total()));
  }

  /** The printed PDF, or null with a message when its file is gone (another instance printed it, or it expired). */
  public StreamedContent getPdf() {
    StreamedContent pdf = isDone()
        ? Downloads.file(loggedSegmentNo + ".pdf", "application/pdf", files.of(latest.id())) : null;
    if (pdf == null) {
      Feedback.error("progress.letterPrint.gone");
    }
    return pdf;
  }

  public String getLoggedSegmentNo() {
    return loggedSegmentNo;
  }
}
