package crm.service.scheduling;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * When a job runs: every few seconds (the {@code second = "*}{@code /n"} of its timer, so the runs
 * fall on the multiples of n in each minute), or daily at a time of day.
 */
public record Schedule(int everySeconds, LocalTime dailyAt) {

  public static Schedule every(int seconds) {
    return new Schedule(seconds, null);
  }

  public static Schedule dailyAt(LocalTime time) {
    return new Schedule(0, time.truncatedTo(ChronoUnit.MINUTES));
  }

  public boolean isDaily() {
    return dailyAt != null;
  }

  /** The first run strictly after {@code now}. */
  public LocalDateTime nextAfter(LocalDateTime now) {
    if (isDaily()) {
      LocalDateTime today = now.toLocalDate().atTime(dailyAt);
      return today.isAfter(now) ? today : today.plusDays(1);
    }
    LocalDateTime second = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    int next = (second.getSecond() + everySeconds - 1) / everySeconds * everySeconds;
    return next < 60
        ? second.withSecond(next)
        : second.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
  }

  /** "every 5 seconds", "every minute", "daily at 02:00", in the reader's language. */
  public String inWords(Locale locale) {
    ResourceBundle texts = ResourceBundle.getBundle("crm.service.scheduling.jobs", locale);
    if (isDaily()) {
      return MessageFormat.format(texts.getString("schedule.dailyAt"), dailyAt.format(DateTimeFormatter.ofPattern("HH:mm")));
    }
    return everySeconds == 60 ? texts.getString("schedule.everyMinute")
        : MessageFormat.format(texts.getString("schedule.everySeconds"), everySeconds);
  }
}
