package crm.domain.email;

import crm.domain.shared.InvalidInputException;
import java.time.Instant;

/**
 * A follow-up reminder on an email (F-54): a condition, a time and a comment. It may be set or
 * changed only for a time to come, and "if not opened" only on a tracked email, since without
 * tracking nobody can tell whether it was opened.
 */
public record Reminder(ReminderCondition condition, Instant remindAt, String comment, ReminderStatus status) {

  public static final int COMMENT_LENGTH = 500;

  /** A new pending reminder for the email, refused when it could never work. */
  public static Reminder pending(ReminderCondition condition, Instant remindAt, String comment, TrackingState tracking,
      Instant now) {
    if (condition == null) {
      throw new InvalidInputException("reminder.noCondition");
    }
    if (remindAt == null || !remindAt.isAfter(now)) {
      throw new InvalidInputException("reminder.past", remindAt);
    }
    if (condition == ReminderCondition.NOT_OPENED && tracking != TrackingState.ON) {
      throw new InvalidInputException("reminder.notTracked");
    }
    String text = comment == null ? null : comment.strip();
    if (text != null && text.length() > COMMENT_LENGTH) {
      throw new InvalidInputException("reminder.commentTooLong", COMMENT_LENGTH);
    }
    return new Reminder(condition, remindAt, text == null || text.isEmpty() ? null : text, ReminderStatus.PENDING);
  }
}
