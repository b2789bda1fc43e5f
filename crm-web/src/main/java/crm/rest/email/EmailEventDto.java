package crm.rest.email;

import crm.service.email.EmailEventView;
import java.time.Instant;

/**
 * One tracking event of an email (SPEC "REST API contract, part 2"): OPEN, CLICK,
 * ATTACHMENT_OPEN or REPLY, when, the address followed (clicks) or the file downloaded, HUMAN or
 * MACHINE and why.
 */
public record EmailEventDto(String type, Instant at, String url, String fileName, String classification,
    String reason) {

  static EmailEventDto from(EmailEventView event) {
    return new EmailEventDto(event.type().name(), event.at(), event.url(), event.fileName(),
        event.classification().name(), event.reason());
  }
}
