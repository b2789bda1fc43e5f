package crm.web.contact;

import crm.service.contact.BackgroundContactImport;
import crm.service.contact.ContactCsv;
import crm.service.contact.ContactImportResult;
import crm.service.contact.ContactImportResult.RowError;
import crm.service.progress.WorkProgress;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import crm.web.shared.ProgressStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * contact/import.xhtml, second half (F-04, F-66): the import runs in the background while the
 * page polls its progress; then its result, and the rejected rows as a CSV file to correct.
 */
@Named
@ViewScoped
public class ContactImportRunBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ContactImportBacking upload;
  @Inject private BackgroundContactImport background;
  private boolean skipInvalid;
  private transient Future<ContactImportResult> running;
  private ContactImportResult result;

  public void start() {
    result = null;
    running = Feedback.call(() -> background.start(upload.file(), upload.getChosen(), skipInvalid, Feedback.locale()), null);
  }

  /** Takes the result once the import is over (the progress row says how it went). */
  public void poll() {
    if (running != null && running.isDone()) {
      Future<ContactImportResult> done = running;
      running = null;
      Feedback.call(() -> {
        try {
          result = done.get();
          return result;
        } catch (ExecutionException e) {
          throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }, null);
    }
  }

  public boolean isRunning() {
    return running != null;
  }

  public String getStatus() {
    WorkProgress run = running == null && result == null ? null : background.latest().orElse(null);
    return ProgressStatus.of(run, "contactImport", () -> result == null ? null
        : Feedback.text("contactImport.done", result.created(), result.getSkipped()));
  }

  public long getPercent() {
    return background.latest().map(WorkProgress::percent).orElse(0L);
  }

  /** The rows not imported, as they are in the file, each with its errors. */
  public StreamedContent getRejected() {
    Map<Long, String> errors = result.errors().stream().collect(Collectors.groupingBy(RowError::row,
        Collectors.mapping(e -> e.field() + ": " + e.message(Feedback.locale()), Collectors.joining("; "))));
    Path file = upload.file();
    // The download may be written in a later request, outside this view: it reads the file itself.
    return Downloads.written("rejected-rows.csv", "text/csv", out -> {
      try (InputStream in = Files.newInputStream(file)) {
        ContactCsv.rejected(in, errors, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  public boolean isSkipInvalid() { return skipInvalid; }
  public void setSkipInvalid(boolean skipInvalid) { this.skipInvalid = skipInvalid; }
  public ContactImportResult getResult() { return result; }
}
