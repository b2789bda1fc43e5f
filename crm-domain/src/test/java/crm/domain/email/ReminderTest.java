package crm.domain.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderTest {

  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

  @Test
  void aReminderForLaterIsPendingWithItsTrimmedComment() {
    Reminder reminder = Reminder.pending(ReminderCondition.NO_REPLY, TOMORROW, "  call Ada  ", TrackingState.OFF, NOW);
    assertThat(reminder.status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(reminder.comment()).isEqualTo("call Ada");
  }

  @Test
  void aReminderInThePastIsRefused() {
    var refused = assertThrows(InvalidInputException.class,
        () -> Reminder.pending(ReminderCondition.ANYWAY, NOW.minusSeconds(1), null, TrackingState.ON, NOW));
    assertThat(refused.key()).isEqualTo("reminder.past");
  }

  @Test
  void notOpenedIsRefusedOnAnUntrackedEmail() {
    var refused = assertThrows(InvalidInputException.class,
        () -> Reminder.pending(ReminderCondition.NOT_OPENED, TOMORROW, null, TrackingState.BLOCKED, NOW));
    assertThat(refused.key()).isEqualTo("reminder.notTracked");
    assertThat(Reminder.pending(ReminderCondition.NOT_OPENED, TOMORROW, "", TrackingState.ON, NOW).comment()).isNull();
  }
}
