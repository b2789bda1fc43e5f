package crm.service.segment;

import crm.domain.segment.LoggedSegment;
import crm.domain.shared.BusinessException;
import crm.domain.shared.ConflictException;
import crm.service.progress.ProgressReport;
import crm.service.progress.ProgressService;
import crm.service.progress.WorkPhase;
import crm.service.progress.WorkProgress;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The progress record of a segment's log (F-66): one log of a segment at a time, each phase and
 * its counts told as the log goes, then its result, or after a rollback its failure. The rows are
 * {@link ProgressService}'s, which commits them as it says; {@link SegmentLogService} decides the
 * log's transaction and the roles.
 */
@Dependent
class SegmentLogRuns {

  @Inject private ProgressService progress;

  /** Refused while another log of the segment runs; else records that one starts, with its lines to log. */
  long start(String segmentNo, LongSupplier loggableLines) {
    progress.latest(ProgressService.SEGMENT_LOG, segmentNo).filter(WorkProgress::isRunning).ifPresent(running -> {
      throw new ConflictException("segment.logRunning", segmentNo, running.startedBy());
    });
    return progress.start(ProgressService.SEGMENT_LOG, segmentNo, WorkPhase.ENTRIES, loggableLines.getAsLong());
  }

  /**
   * Runs {@code log} for the run {@code work}, which tells the report each phase; records its
   * result, or its failure in the {@code locale} of whoever watches it.
   */
  LoggedSegment record(long work, Locale locale, Function<ProgressReport, LoggedSegment> log) {
    try {
      LoggedSegment logged = log.apply((phase, done, total, letters, emails)
          -> progress.report(work, phase, done, total, letters, emails));
      progress.finish(work, logged.getNo());
      return logged;
    } catch (RuntimeException e) {
      progress.fail(work, e instanceof BusinessException refusal ? refusal.messageIn(locale) : null);
      throw e;
    }
  }
}
