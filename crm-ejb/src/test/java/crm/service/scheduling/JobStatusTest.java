package crm.service.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class JobStatusTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 2, 10);

  @Test
  void aDailyJobIsOverdueFiveMinutesAfterItsRunWasDue() {
    Schedule nightly = Schedule.dailyAt(LocalTime.of(2, 0));
    assertThat(JobStatus.overdue(nightly, NOW.minusMinutes(4), null, NOW)).isFalse();
    assertThat(JobStatus.overdue(nightly, NOW.minusMinutes(6), null, NOW)).isTrue();
    assertThat(JobStatus.overdue(nightly, null, null, NOW)).as("not planned yet").isFalse();
  }
}
