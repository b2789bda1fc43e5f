package crm.domain.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailTest {

  private static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");

  @Test
  void sendingWithoutATimeQueuesItNowAndALaterTimeSchedulesIt() {
    Email now = draftTo("CT000001");
    now.send(null, NOW);
    assertThat(now.getStatus()).isEqualTo(EmailStatus.QUEUED);
    assertThat(now.getSendAt()).isEqualTo(NOW);

    Email later = draftTo("CT000001");
    later.send(NOW.plus(Duration.ofDays(1)), NOW);
    assertThat(later.getStatus()).isEqualTo(EmailStatus.SCHEDULED);
    assertThat(later.getSendAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void aScheduledEmailMovesToAnotherTimeOrToNowButNothingMovesOnceQueued() {
    Email email = draftTo("CT000001");
    email.send(NOW.plusSeconds(3600), NOW);
    email.send(NOW.plusSeconds(7200), NOW);
    assertThat(email.getSendAt()).isEqualTo(NOW.plusSeconds(7200));
    email.send(null, NOW);
    assertThat(email.getStatus()).isEqualTo(EmailStatus.QUEUED);
    assertThrows(ConflictException.class, () -> email.send(NOW.plusSeconds(60), NOW));
    assertThrows(ConflictException.class, email::cancel);
    assertThrows(ConflictException.class, email::requireDraft);
  }

  @Test
  void refusesAPastTimeAndAnEmailWithoutToLeavingItADraft() {
    Email past = draftTo("CT000001");
    assertThrows(InvalidInputException.class, () -> past.send(NOW.minus(Duration.ofHours(1)), NOW));
    assertThat(past.getStatus()).isEqualTo(EmailStatus.DRAFT);

    Email onlyCc = new Email("sales", NOW);
    onlyCc.setRecipients(List.of(new EmailRecipient(RecipientKind.CC, null, "cc@example.com", null)));
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> onlyCc.send(null, NOW));
    assertThat(refused.key()).isEqualTo("email.noRecipient");
    assertThat(onlyCc.getStatus()).isEqualTo(EmailStatus.DRAFT);
  }

  @Test
  void recipientContactsAreDistinctInTheOrderWrittenAndAddressesAreChecked() {
    Email email = new Email("sales", NOW);
    email.setRecipients(List.of(
        new EmailRecipient(RecipientKind.TO, "CT2", "a@example.com", "A"),
        new EmailRecipient(RecipientKind.CC, null, "plain@example.com", null),
        new EmailRecipient(RecipientKind.CC, "CT1", "b@example.com", "B"),
        new EmailRecipient(RecipientKind.CC, "CT2", "a@example.com", "A")));
    assertThat(email.recipientContacts()).containsExactly("CT2", "CT1");
    assertThrows(InvalidInputException.class, () -> new EmailRecipient(RecipientKind.TO, null, "not an address", null));
    assertThrows(InvalidInputException.class, () -> new EmailRecipient(RecipientKind.TO, null, " ", null));
  }

  private static Email draftTo(String contactNo) {
    Email email = new Email("sales", NOW);
    email.setRecipients(List.of(new EmailRecipient(RecipientKind.TO, contactNo, "to@example.com", "To")));
    return email;
  }
}
