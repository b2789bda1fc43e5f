package crm.service.letter;

import crm.domain.security.Roles;
import crm.domain.shared.UnknownRecordException;
import crm.service.progress.ProgressService;
import crm.service.progress.WorkPhase;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prints the letters of a logged segment without keeping the page waiting (F-66): the run is
 * recorded before the request returns, then the letters are read in chunks and written to a file
 * as they are laid out, the count of letters printed recorded every chunk, so the page shows real
 * progress and offers the PDF when it is complete. A run that fails leaves no file behind.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class BackgroundLetterPrint {

  private static final Logger LOG = Logger.getLogger(BackgroundLetterPrint.class.getName());

  @Inject private LetterService letters;
  @Inject private ProgressService progress;
  @Inject private PrintedLetterFiles files;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  /**
   * Starts printing and answers at once; a logged segment without letters is refused here. While
   * a run of the segment goes on, or its PDF is still here, that run stands instead (sent letters
   * never change).
   */
  public void start(String loggedSegmentNo) {
    boolean standing = progress.latest(ProgressService.LETTER_PRINT, loggedSegmentNo)
        .filter(run -> run.isRunning() || run.isDone() && Files.isReadable(files.of(run.id()))).isPresent();
    if (standing) {
      return;
    }
    long total = letters.countLettersOfLoggedSegment(loggedSegmentNo);
    if (total == 0) {
      throw new UnknownRecordException("loggedSegment.noLetters", loggedSegmentNo);
    }
    files.prepare(clock.instant());
    long work = progress.start(ProgressService.LETTER_PRINT, loggedSegmentNo, WorkPhase.PRINTING, total);
    session.getBusinessObject(BackgroundLetterPrint.class).run(work, loggedSegmentNo, total);
  }

  /** The printing itself, on the container's asynchronous threads as the user who asked. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long work, String loggedSegmentNo, long total) {
    Path file = files.of(work);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      letters.writeLettersOfLoggedSegment(loggedSegmentNo, out,
          printed -> progress.report(work, WorkPhase.PRINTING, printed, total, printed, 0));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Printing the letters of " + loggedSegmentNo + " failed", e);
      deleteQuietly(file);
      progress.fail(work, null);
      return;
    }
    progress.finish(work, loggedSegmentNo);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete the incomplete letters " + file, e);
    }
  }
}
