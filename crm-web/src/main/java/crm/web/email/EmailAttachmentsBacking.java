package crm.web.email;

import crm.domain.email.EmailAttachment;
import crm.service.email.EmailAttachmentService;
import crm.service.interaction.TemplateAttachmentService;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files of the draft open in email/compose.xhtml (F-50, F-53): attach (tracked, that is sent
 * as a download link that records its opening, or as a part of the message), download, remove.
 */
@Named
@ViewScoped
public class EmailAttachmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private EmailAttachmentService attachments;
  @Inject private EmailComposeBacking composer;
  private boolean tracked;
  /** The files listed, read once per draft and change (the table asks several times a request). */
  private transient List<EmailAttachment> files;

  public List<EmailAttachment> getFiles() {
    if (composer.getId() == null) {
      return List.of();
    }
    if (files == null) {
      files = attachments.list(composer.getId());
    }
    return files;
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    Feedback.run(() -> attachments.add(composer.getId(), file.getFileName(), file.getContentType(), file.getContent(), tracked),
        "email.attachments.added", file.getFileName());
    files = null;
  }

  public StreamedContent download(String fileName) {
    var file = Feedback.call(() -> attachments.get(composer.getId(), fileName), null);
    return file == null ? null : Downloads.file(file.fileName(), file.contentType(), file.content());
  }

  public void remove(String fileName) {
    Feedback.run(() -> attachments.remove(composer.getId(), fileName), "email.attachments.removed", fileName);
    files = null;
  }

  /** The largest file accepted (as for template files), for the upload component's own check. */
  public long getMaxBytes() {
    return TemplateAttachmentService.MAX_BYTES;
  }

  /** Whether the next file attached is tracked. */
  public boolean isTracked() { return tracked; }
  public void setTracked(boolean tracked) { this.tracked = tracked; }
}
