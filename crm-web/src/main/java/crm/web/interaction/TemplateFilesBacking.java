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

  /** The files listed, read once for the version in the editor (the table asks several times a request). */
  private transient List<AttachmentFile> files;
  private transient String filesOf;

  /** The files of the version open in the editor; none before the version is saved. */
  public List<AttachmentFile> getFiles() {
    if (!language.isSaved()) {
      return List.of();
    }
    String version = card.getCode() + '/' + language.getLanguageCode();
    if (!version.equals(filesOf)) {
      files = attachments.list(card.getCode(), language.getLanguageCode());
      filesOf = version;
    }
    return files;
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    Feedback.run(() -> attachments.add(card.getCode(), language.getLanguageCode(), file.getFileName(),
        file.getContentType(), file.getContent()), "template.file.uploaded", file.getFileName());
    filesOf = null;
  }

  public StreamedContent download(String fileName) {
    var file = Feedback.call(() -> attachments.get(card.getCode(), language.getLanguageCode(), fileName), null);
    return file == null ? null : Downloads.file(file.fileName(), file.contentType(), file.content());
  }

  public void delete(String fileName) {
    Feedback.run(() -> attachments.delete(card.getCode(), language.getLanguageCode(), fileName),
        "template.file.deleted", fileName);
    filesOf = null;
  }

  /** The largest file accepted, for the upload component's own check. */
  public long getMaxBytes() {
    return TemplateAttachmentService.MAX_BYTES;
  }
}
