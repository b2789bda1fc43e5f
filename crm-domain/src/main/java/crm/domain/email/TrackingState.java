package crm.domain.email;

import crm.domain.shared.InvalidInputException;
import java.util.List;

/**
 * Whether opens, clicks and file downloads of an email are tracked (F-53): {@code ON}, {@code OFF},
 * or {@code BLOCKED} because a recipient contact does not allow tracking. A blocked email can be
 * sent untracked, never tracked.
 */
public enum TrackingState {
  ON,
  OFF,
  BLOCKED;

  /**
   * The state of an email. {@code requested} is what the writer asked for (null: the marketing
   * setup's default); {@code blockedBy} the recipient contacts that do not allow tracking.
   * Asking for ON when a recipient does not allow it is refused, naming those contacts.
   */
  public static TrackingState decide(TrackingState requested, boolean enabledInSetup, List<String> blockedBy) {
    if (requested == OFF || requested == null && !enabledInSetup) {
      return OFF;
    }
    if (blockedBy.isEmpty()) {
      return ON;
    }
    if (requested == ON) {
      throw new InvalidInputException("email.trackingBlocked", String.join(", ", blockedBy));
    }
    return BLOCKED;
  }
}
