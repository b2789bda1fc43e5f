package crm.service.mail;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A message's attempts from the send ledger, first first, and, while a temporary failure is
 * being retried, until when it is still tried before it fails for good.
 *
 * @param triesUntil null unless the message is queued again after a failed try
 */
public record DeliveryHistory(List<SendAttempt> attempts, LocalDateTime triesUntil) {

  public DeliveryHistory {
    attempts = List.copyOf(attempts);
  }
}
