package crm.service.segment;

import crm.domain.audit.AuditAction;
import crm.domain.setup.MarketingSetup;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.InvalidInputException;
import crm.service.audit.AuditTrail;
import crm.service.email.BulkEmails;
import crm.service.progress.ProgressReport;
import crm.service.progress.WorkPhase;
import crm.service.setup.NumberSeriesService;
import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.sql.DataSource;

/**
 * Writes a segment's log in the caller's transaction (F-27, DESIGN.md decision 4): the entries
 * and the campaign entry ({@link SegmentLogger}), the letters and emails
 * ({@link SegmentAttachments}), the follow-up segment, telling a {@link ProgressReport} each phase
 * and its counts (F-66). {@link SegmentLogService} decides the transaction and the roles.
 */
@Dependent
class SegmentLogWriter {

  @Inject private NumberSeriesService numberSeries;
  @Inject private Clock clock;
  @Inject private AuditTrail audit;
  @PersistenceContext private EntityManager em;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  /** Prepares the next chunk of letters and emails while the last one is written. */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService") private ManagedExecutorService preparing;

  /** The lines of a segment that can be logged: unlogged, with lines, each with a template. */
  long loggableLines(String segmentNo) {
    return withConnection(connection -> loggableLines(new Sql(connection), segmentNo, false));
  }

  /** Logs the segment as {@code user}, naming a follow-up segment in {@code locale}; answers the logged segment's no. */
  String write(String segmentNo, boolean createFollowUpSegment, boolean sendAttachments,
      boolean deliverInWorkingHours, String user, ProgressReport report, Locale locale) {
    return withConnection(connection -> {
      long lines = loggableLines(new Sql(connection), segmentNo, true);
      SegmentLogger logger = new SegmentLogger(connection);
      LocalDateTime now = LocalDateTime.now(clock);
      String loggedSegmentNo = numberSeries.next(NumberSeries.LOGGED_SEGMENT);
      em.flush();
      LineSending sending = sendAttachments ? new LineSending(setup().getEmailFallback()) : null;
      if (sending != null) {
        sending.refuseMissingAddresses(new Sql(connection), segmentNo);
      }
      long entries = logger.log(segmentNo, loggedSegmentNo, now, user, sending).interactions();
      report.report(WorkPhase.ENTRIES, entries, lines, 0, 0);
      audit.record(AuditAction.LOG, SegmentLogService.LOGGED_SEGMENT, loggedSegmentNo, Map.of("segmentNo", segmentNo));
      if (sendAttachments) {
        MissingTexts.refuse(new Sql(connection), segmentNo, loggedSegmentNo);
      }
      SegmentAttachments.Sent sent = sendAttachments
          ? new SegmentAttachments(connection, attachmentSettings(deliverInWorkingHours, user), preparing)
              .prepare(loggedSegmentNo, entries, now, report)
          : new SegmentAttachments.Sent(0, 0);
      if (createFollowUpSegment) {
        report.report(WorkPhase.FOLLOW_UP, entries, entries, sent.letters(), sent.emails());
        String followUpNo = numberSeries.next(NumberSeries.SEGMENT);
        em.flush();
        logger.createFollowUp(segmentNo, loggedSegmentNo, followUpNo, now, new MessageFormat(
            ResourceBundle.getBundle("crm.service.segment.texts", locale).getString("followUp.description"), locale)
            .format(new Object[] {segmentNo}));
      }
      report.report(WorkPhase.SAVING, entries, entries, sent.letters(), sent.emails());
      return loggedSegmentNo;
    });
  }

  private static long loggableLines(Sql sql, String segmentNo, boolean lock) {
    SegmentRows.requireUnlogged(sql, segmentNo, lock);
    long lines = sql.number("select count(*) from segment_line where segment_no = ?", segmentNo);
    if (lines == 0) {
      throw new InvalidInputException("segment.noLines", segmentNo);
    }
    long withoutTemplate = new SegmentLogger(sql).linesWithoutTemplate(segmentNo);
    if (withoutTemplate > 0) {
      throw new InvalidInputException("segment.noTemplate", segmentNo, withoutTemplate);
    }
    return lines;
  }

  private SegmentAttachments.Settings attachmentSettings(boolean deliverInWorkingHours, String user) {
    MarketingSetup setup = setup();
    return new SegmentAttachments.Settings(setup.letterhead(), setup.getPaperSize().name(),
        setup.getSenderEmail(), setup.getSenderName(),
        new BulkEmails.Settings(setup.isTrackingEnabled(), deliverInWorkingHours, user, clock.instant(),
            clock.getZone()));
  }

  private MarketingSetup setup() {
    return em.find(MarketingSetup.class, MarketingSetup.ID);
  }

  /** A piece of work on the transaction's connection. */
  @FunctionalInterface
  private interface ConnectionWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  private <T> T withConnection(ConnectionWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
