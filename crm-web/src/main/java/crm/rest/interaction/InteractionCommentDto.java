package crm.rest.interaction;

import crm.domain.interaction.InteractionComment;
import java.time.LocalDate;

/** A comment on an interaction log entry (F-33); a POST gives only {@code comment}. */
public record InteractionCommentDto(Long id, Long entryNo, LocalDate date, String comment, String userId) {

  static InteractionCommentDto from(InteractionComment c) {
    return new InteractionCommentDto(c.getId(), c.getEntryNo(), c.getDate(), c.getComment(), c.getUserId());
  }
}
