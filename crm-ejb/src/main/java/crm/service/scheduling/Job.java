package crm.service.scheduling;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The registry of the scheduled jobs (F-60): each with the stable name that the console, the REST
 * API ({@code /jobs/{name}}) and the database use, and its schedule. A daily job's time of day can
 * be changed in the console; the others follow their timer. The sending heartbeat is not a job
 * here: it must never be paused, and a run record every ten seconds would say nothing.
 */
public enum Job {
  MAIL_DISPATCH("mail-dispatch", Schedule.every(5)),
  EMAIL_RELEASE("email-release", Schedule.every(30)),
  DELETE_CANCELED_CAMPAIGN_ENTRIES("delete-canceled-campaign-entries", Schedule.dailyAt(LocalTime.of(2, 0))),
  CLEAN_UP("clean-up", Schedule.dailyAt(LocalTime.of(3, 0))),
  REMINDERS("reminders", Schedule.every(60)),
  REPLIES("replies", Schedule.every(60)),
  MESSAGE_OPENED_CARDS("message-opened-cards", Schedule.every(60));

  private final String jobName;
  private final Schedule defaultSchedule;

  Job(String jobName, Schedule defaultSchedule) {
    this.jobName = jobName;
    this.defaultSchedule = defaultSchedule;
  }

  public String jobName() {
    return jobName;
  }

  public Schedule defaultSchedule() {
    return defaultSchedule;
  }

  public String description(Locale locale) {
    return ResourceBundle.getBundle("crm.service.scheduling.jobs", locale).getString("job." + jobName);
  }

  public static Optional<Job> named(String name) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(name)).findFirst();
  }
}
