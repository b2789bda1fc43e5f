package crm.domain.email;

import java.time.Instant;
import java.util.List;

/**
 * A request to a tracking URL with what the classifier needs to know about its email.
 *
 * @param method the HTTP method (GET, HEAD)
 * @param userAgent the User-Agent header, null when absent
 * @param sourceAddress the client's IP address
 * @param at when the request arrived
 * @param deliveredAt when the email was handed to the mail server
 * @param hiddenLink whether the link followed is the hidden one (clicks only)
 * @param visibleLinks how many links a person can see in the email
 * @param earlierClicks the clicks already recorded for the email, any order
 */
public record TrackedRequest(EmailEventType type, String method, String userAgent, String sourceAddress,
    Instant at, Instant deliveredAt, int linkNo, boolean hiddenLink, int visibleLinks, List<Click> earlierClicks) {

  /** A click already recorded for the email. */
  public record Click(int linkNo, Instant at) {}

  public TrackedRequest {
    earlierClicks = List.copyOf(earlierClicks);
  }
}
