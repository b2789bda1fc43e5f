package crm.web.interaction;

import crm.service.interaction.TemplateAttachmentService;
import crm.service.interaction.TemplateAttachmentService.AttachmentFile;
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

/** The files attached to the language version open in the editor of interaction/template.xhtml (F-31). */
@Named
@ViewScoped
public class TemplateFilesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private TemplateAttachmentService attachments;
  @Inject private TemplateCardBacking card;
  @Inject private TemplateLanguageBacking language;

  /** The files of the version, read when the editor shows them; none before the version is saved. */
  public List<AttachmentFile> getFiles() {
    return language.isSaved() ? attachments.list(card.getCode(), language.getLanguageCode()) : List.of();
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    Feedback.run(() -> attachments.add(card.getCode(), language.getLanguageCode(), file.getFileName(),
        file.getContentType(), file.getContent()), "template.file.uploaded", file.getFileName());
  }

  public StreamedContent download(String fileName) {
    var file = Feedback.call(() -> attachments.get(card.getCode(), language.getLanguageCode(), fileName), null);
    return file == null ? null : Downloads.file(file.fileName(), file.contentType(), file.content());
  }

  public void delete(String fileName) {
    Feedback.run(() -> attachments.delete(card.getCode(), language.getLanguageCode(), fileName),
        "template.file.deleted", fileName);
  }

  /** The largest file accepted, for the upload component's own check. */
  public long getMaxBytes() {
    return TemplateAttachmentService.MAX_BYTES;
  }
}
