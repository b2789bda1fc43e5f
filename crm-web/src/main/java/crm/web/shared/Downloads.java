package crm.web.shared;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files the pages hand to the browser (p:fileDownload). */
public final class Downloads {

  private Downloads() {}

  /** A PDF, or null when there is none (the page action failed and said why). */
  public static StreamedContent pdf(String fileName, byte[] pdf) {
    return file(fileName, "application/pdf", pdf);
  }

  /** A file of the given type, or null when there are no bytes. */
  public static StreamedContent file(String fileName, String contentType, byte[] content) {
    return content == null ? null : DefaultStreamedContent.builder().name(fileName)
        .contentType(contentType).stream(() -> new ByteArrayInputStream(content)).build();
  }
}
