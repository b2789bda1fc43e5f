package crm.service.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 14, 30, 7, 500_000_000);

  @Test
  void everyFewSecondsRunsOnTheNextMultipleInTheMinute() {
    assertThat(Schedule.every(5).nextAfter(NOW)).isEqualTo(NOW.withSecond(10).withNano(0));
    assertThat(Schedule.every(5).nextAfter(NOW.withSecond(10).withNano(0))).isEqualTo(NOW.withSecond(15).withNano(0));
    assertThat(Schedule.every(30).nextAfter(NOW.withSecond(45))).isEqualTo(LocalDateTime.of(2026, 12, 2, 14, 31));
  }

  @Test
  void dailyRunsTodayIfTheTimeIsStillToComeOtherwiseTomorrow() {
    assertThat(Schedule.dailyAt(LocalTime.of(15, 0)).nextAfter(NOW)).isEqualTo(LocalDateTime.of(2026, 12, 2, 15, 0));
    assertThat(Schedule.dailyAt(LocalTime.of(2, 0)).nextAfter(NOW)).isEqualTo(LocalDateTime.of(2026, 12, 3, 2, 0));
    assertThat(Schedule.dailyAt(LocalTime.of(2, 0)).nextAfter(LocalDateTime.of(2026, 12, 3, 2, 0)))
        .isEqualTo(LocalDateTime.of(2026, 12, 4, 2, 0));
  }

  @Test
  void theScheduleReadsInEnglishAndFrench() {
    assertThat(Schedule.every(5).inWords(Locale.ENGLISH)).isEqualTo("every 5 seconds");
    assertThat(Schedule.dailyAt(LocalTime.of(2, 0)).inWords(Locale.ENGLISH)).isEqualTo("daily at 02:00");
    assertThat(Schedule.every(30).inWords(Locale.FRENCH)).isEqualTo("toutes les 30 secondes");
    assertThat(Schedule.every(60).inWords(Locale.ENGLISH)).isEqualTo("every minute");
    assertThat(Schedule.every(60).inWords(Locale.FRENCH)).isEqualTo("toutes les minutes");
    assertThat(Schedule.dailyAt(LocalTime.of(2, 0)).inWords(Locale.FRENCH)).isEqualTo("tous les jours à 02:00");
  }

  @Test
  void everyJobHasADescriptionInBothLanguages() {
    for (Job job : Job.values()) {
      assertThat(job.description(Locale.ENGLISH)).isNotBlank();
      assertThat(job.description(Locale.FRENCH)).isNotEqualTo(job.description(Locale.ENGLISH));
      assertThat(Job.named(job.jobName())).contains(job);
    }
  }
}
