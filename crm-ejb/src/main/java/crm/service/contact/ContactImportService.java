package crm.service.contact;

import crm.domain.security.Roles;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.BusinessException;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.service.progress.ProgressReport;
import crm.service.progress.ProgressService;
import crm.service.progress.WorkPhase;
import crm.service.setup.NumberBlock;
import crm.service.setup.NumberSeriesService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;

/**
 * Contact import (F-04): a preview that writes nothing, and the import itself in one transaction,
 * all or nothing, or the valid rows only when the user asks to skip the others. Whoever may
 * create contacts may import them.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class ContactImportService {

  public static final String PROGRESS_KIND = "CONTACT_IMPORT";
  private static final int FIRST_ROWS = 10;

  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Resource private SessionContext session;
  @Inject private NumberSeriesService numberSeries;
  @Inject private ProgressService progress;
  @Inject private Clock clock;

  /** What importing the file would do, with every row's errors; nothing is written. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ContactImportResult preview(InputStream file, Map<String, ContactColumn> mapping) {
    try {
      return run(file, mapping, false, true, ProgressReport.NONE);
    } finally {
      session.setRollbackOnly();
    }
  }

  /**
   * Imports the file: with {@code skipInvalid} the valid rows, else all rows or, when any has an
   * error, none (the result then says why and nothing is written). {@code work}, when not null,
   * is the progress row to report to (F-66); a refusal is recorded there in {@code locale}.
   */
  public ContactImportResult importContacts(InputStream file, Map<String, ContactColumn> mapping, boolean skipInvalid,
      Long work, Locale locale) {
    ProgressReport report = work == null ? ProgressReport.NONE
        : (phase, done, total, letters, emails) -> progress.report(work, phase, done, total, letters, emails);
    try {
      ContactImportResult result = run(file, mapping, skipInvalid, false, report);
      if (!skipInvalid && result.valid() < result.rows()) {
        session.setRollbackOnly();
        fail(work, new ConflictException("contactImport.nothingImported", result.rows() - result.valid()), locale);
      } else if (work != null) {
        progress.finish(work, String.valueOf(result.created()));
      }
      return result;
    } catch (BusinessException e) {
      fail(work, e, locale);
      throw e;
    }
  }

  private void fail(Long work, BusinessException refusal, Locale locale) {
    if (work != null) {
      progress.fail(work, refusal.messageIn(locale));
    }
  }

  private ContactImportResult run(InputStream file, Map<String, ContactColumn> mapping, boolean skipInvalid,
      boolean preview, ProgressReport report) {
    try (CSVParser parser = ContactCsv.open(file); Connection connection = dataSource.getConnection()) {
      ContactImportRows rows = new ContactImportRows(connection);
      rows.stage(parser, mapping == null ? ContactImportMapping.byName(parser.getHeaderNames()) : mapping, report);
      report.report(WorkPhase.CHECKING, 0, 1, 0, 0);
      rows.check();
      long total = rows.rows();
      if (total == 0) {
        throw new InvalidInputException("contactImport.noRows");
      }
      long valid = rows.valid();
      List<ContactImportResult.RowError> errors = rows.errors();
      long created = 0;
      if (!preview && valid > 0 && (skipInvalid || valid == total)) {
        NumberBlock numbers = NumberBlock.of(numberSeries.next(NumberSeries.CONTACT, Math.toIntExact(valid)));
        if (!numbers.holds(valid)) {
          throw new ConflictException("contactImport.numbersRunOut", valid);
        }
        created = rows.write(numbers, LocalDateTime.now(clock), report);
      }
      List<ContactImportResult.Row> first = preview ? rows.firstRows(FIRST_ROWS) : List.of();
      rows.clear();
      return new ContactImportResult(total, valid, created, errors, first);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Cannot import contacts", e);
    }
  }
}
