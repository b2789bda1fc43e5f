package crm.service.email;

import java.time.Instant;

/**
 * What people and machines did with one email (or with the email of one interaction log entry):
 * human opens, clicks and replies, machine events apart, and when a person first opened it.
 * {@code opened} is true after a human open, click or download, so an email read with images
 * blocked still counts as opened.
 */
public record EmailEngagement(long opens, long clicks, long replies, long machineEvents, Instant firstHumanOpenAt,
    boolean opened) {

  public static final EmailEngagement NONE = new EmailEngagement(0, 0, 0, 0, null, false);

  public boolean clicked() {
    return clicks > 0;
  }

  public boolean replied() {
    return replies > 0;
  }
}
