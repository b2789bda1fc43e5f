package crm.web.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files the pages hand to the browser (p:fileDownload). */
public final class Downloads {

  private Downloads() {}

  /** A PDF, or null when there is none (the page action failed and said why). */
  public static StreamedContent pdf(String fileName, byte[] pdf) {
    return file(fileName, "application/pdf", pdf);
  }

  /**
   * A file of any size written by {@code writer} now, to a temporary file rather than memory, and
   * handed to the browser from there; the file goes when the download has read it.
   */
  public static StreamedContent written(String fileName, String contentType, Consumer<OutputStream> writer) {
    try {
      Path file = Files.createTempFile("crm-download-", ".tmp");
      try (OutputStream out = Files.newOutputStream(file)) {
        writer.accept(out);
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return DefaultStreamedContent.builder().name(fileName).contentType(contentType).stream(() -> {
        try {
          return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + file, e);
        }
      }).build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + fileName, e);
    }
  }

  /** A file on disk, streamed whatever its size, or null when it is not (or no longer) there. */
  public static StreamedContent file(String fileName, String contentType, Path file) {
    return file == null || !Files.isReadable(file) ? null : DefaultStreamedContent.builder().name(fileName)
        .contentType(contentType).stream(() -> {
          try {
            return Files.newInputStream(file);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
          }
        }).build();
  }

  /** A file of the given type, or null when there are no bytes. */
  public static StreamedContent file(String fileName, String contentType, byte[] content) {
    return content == null ? null : DefaultStreamedContent.builder().name(fileName)
        .contentType(contentType).stream(() -> new ByteArrayInputStream(content)).build();
  }
}
