package crm.web.contact;

import crm.service.contact.ContactColumn;
import crm.service.contact.ContactCsv;
import crm.service.contact.ContactImportResult;
import crm.service.contact.ContactImportMapping;
import crm.service.contact.ContactImportService;
import crm.web.shared.Feedback;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * contact/import.xhtml, first half (F-04): the uploaded file (kept in a temporary file, read as a
 * stream each time, deleted with the view), how its columns map to contact fields
 * ({@link ColumnMapping}), the preview. The import itself is {@link ContactImportRunBacking}.
 */
@Named
@ViewScoped
public class ContactImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContactImportService imports;
  @Inject private ContactImportMapping mappings;
  private String file;
  private String fileName;
  private List<ColumnMapping> mapping = List.of();
  private ContactImportResult preview;

  public void upload(FileUploadEvent event) {
    discard();
    try (InputStream in = event.getFile().getInputStream()) {
      Path copy = Files.createTempFile("crm-contact-import", ".csv");
      file = copy.toString();
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fileName = event.getFile().getFileName();
    Map<String, ContactColumn> columns = Feedback.call(() -> mappings.of(open()), null);
    mapping = ColumnMapping.of(columns);
  }

  /** Remembers the mapping and shows what importing would do. */
  public void preview() {
    Map<String, ContactColumn> chosen = getChosen();
    preview = Feedback.call(() -> {
      mappings.remember(chosen);
      return imports.preview(open(), chosen);
    }, null);
  }

  public Map<String, ContactColumn> getChosen() {
    return ColumnMapping.chosen(mapping);
  }

  InputStream open() {
    try {
      return Files.newInputStream(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path file() {
    return Path.of(file);
  }

  @PreDestroy
  void discard() {
    preview = null;
    if (file != null) {
      Path.of(file).toFile().delete();
      file = null;
    }
  }

  /** The largest file accepted, for the upload component's own check. */
  public long getMaxBytes() { return ContactCsv.MAX_BYTES; }
  public ContactColumn[] getColumns() { return ContactColumn.values(); }
  public String getFileName() { return fileName; }
  public List<ColumnMapping> getMapping() { return mapping; }
  public ContactImportResult getPreview() { return preview; }
}
