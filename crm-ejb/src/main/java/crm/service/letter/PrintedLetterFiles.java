package crm.service.letter;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Where letter batches printed in the background wait for their download: one PDF per run, named
 * by the run's id, in a folder of the instance that printed it (the page that started the run is
 * served by that instance: its session lives there). A day later the file is deleted at the next
 * print on that instance.
 */
@ApplicationScoped
public class PrintedLetterFiles {

  static final Duration KEPT = Duration.ofDays(1);

  private final Path folder = Path.of(System.getProperty("java.io.tmpdir"), "crm-printed-letters");

  /** The file of a run (it may not exist, or not yet be complete). */
  public Path of(long work) {
    return folder.resolve(work + ".pdf");
  }

  /** The folder, created if needed, once the files older than a day are deleted. */
  Path prepare(Instant now) {
    try {
      Files.createDirectories(folder);
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(KEPT))) {
            Files.deleteIfExists(file);
          }
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the folder of printed letters " + folder, e);
    }
  }
}
