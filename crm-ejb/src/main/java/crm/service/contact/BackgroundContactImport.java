package crm.service.contact;

import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.service.progress.ProgressService;
import crm.service.progress.WorkPhase;
import crm.service.progress.WorkProgress;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Imports a file for the import page without keeping the page waiting (F-04, F-66): the run is
 * recorded as started (one at a time per user), then the import, still one transaction, runs on
 * the container's asynchronous threads as the user who asked, recording its phases and counts;
 * the page shows them from the progress row and the result from the answer.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class BackgroundContactImport {

  @Inject private ContactImportService imports;
  @Inject private ProgressService progress;
  @Resource private SessionContext session;

  public Future<ContactImportResult> start(Path file, Map<String, ContactColumn> mapping, boolean skipInvalid,
      Locale locale) {
    latest().filter(WorkProgress::isRunning).ifPresent(running -> {
      throw new ConflictException("contactImport.running", running.startedBy());
    });
    long work = progress.start(ContactImportService.PROGRESS_KIND, subject(), WorkPhase.READING, 0);
    return session.getBusinessObject(BackgroundContactImport.class).run(work, file, mapping, skipInvalid, locale);
  }

  /** The caller's last import, running or not. */
  public Optional<WorkProgress> latest() {
    return progress.latest(ContactImportService.PROGRESS_KIND, subject());
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Future<ContactImportResult> run(long work, Path file, Map<String, ContactColumn> mapping, boolean skipInvalid,
      Locale locale) {
    try (InputStream in = Files.newInputStream(file)) {
      return new AsyncResult<>(imports.importContacts(in, mapping, skipInvalid, work, locale));
    } catch (IOException e) {
      progress.fail(work, null);
      throw new UncheckedIOException(e);
    }
  }

  private String subject() {
    String user = session.getCallerPrincipal().getName();
    return user.length() <= 20 ? user : user.substring(0, 20);
  }
}
