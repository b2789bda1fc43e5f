package crm.web.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.domain.scheduling.JobRun;
import crm.service.scheduling.Job;
import crm.service.scheduling.JobStatus;
import crm.service.scheduling.ScheduledJobs;
import crm.service.shared.ListRequest;
import crm.service.shared.Page;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * scheduling/jobs.xhtml, the timer console (F-61): one row per job with its state, next and last
 * run; pause, resume, run now and a daily job's time; and the run history, paged in the database,
 * filtered by job and outcome in its columns and by the dates of the start above it.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ScheduledJobs jobs;
  private List<JobStatus> statuses;
  private PageModel<JobRun> runs;
  private LocalDate from;
  private LocalDate to;
  private String rescheduled;
  private LocalTime dailyAt;
  private JobRun selectedRun;

  @PostConstruct
  void init() {
    statuses = jobs.list();
    runs = new PageModel<>(this::runs, run -> String.valueOf(run.getId()),
        Map.of("jobName", name -> name, "outcome", JobOutcome::valueOf));
  }

  private Page<JobRun> runs(ListRequest request) {
    return jobs.runs(request.withinDays("startedAt", from, to));
  }

  /** Reads the jobs again (the Refresh button and the page's poll). */
  public void refresh() {
    statuses = jobs.list();
  }

  public void pause(String name) {
    Feedback.run(() -> jobs.pause(name), "jobs.paused", name);
    refresh();
  }

  public void resume(String name) {
    Feedback.run(() -> jobs.resume(name), "jobs.resumed", name);
    refresh();
  }

  public void runNow(String name) {
    Feedback.run(() -> jobs.runNow(name), "jobs.runRequested", name);
    refresh();
  }

  /** Opens the time dialog of a daily job. */
  public void editTime(JobStatus status) {
    rescheduled = status.job().jobName();
    dailyAt = status.schedule().dailyAt();
  }

  public void saveTime() {
    Feedback.run(() -> jobs.reschedule(rescheduled, dailyAt), "jobs.rescheduled", rescheduled);
    refresh();
  }

  public void showRun(JobRun run) {
    selectedRun = run;
  }

  public Job[] getJobNames() { return Job.values(); }
  public JobOutcome[] getOutcomes() { return JobOutcome.values(); }
  public List<JobStatus> getStatuses() { return statuses; }
  public PageModel<JobRun> getRuns() { return runs; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
  public LocalTime getDailyAt() { return dailyAt; }
  public void setDailyAt(LocalTime dailyAt) { this.dailyAt = dailyAt; }
  public String getRescheduled() { return rescheduled; }
  public JobRun getSelectedRun() { return selectedRun; }
}
