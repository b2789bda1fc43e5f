package crm.rest.interaction;

import crm.service.email.InteractionSendingService;

/**
 * An interaction recorded with what it sent: its entry, and its email's id (see {@code emails/{id}})
 * or the address of its letter as kept (a PDF).
 */
public record SentInteractionDto(InteractionLogEntryDto entry, Long emailId, String letter) {

  static SentInteractionDto from(InteractionSendingService.Sent sent) {
    long entryNo = sent.entry().getEntryNo();
    return new SentInteractionDto(InteractionLogEntryDto.from(sent.entry(), null), sent.emailId(),
        sent.letter() ? "interaction-log-entries/" + entryNo + "/letter" : null);
  }
}
