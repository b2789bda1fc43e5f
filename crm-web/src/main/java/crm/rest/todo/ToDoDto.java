package crm.rest.todo;

import crm.domain.todo.ToDo;
import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoStatus;
import crm.domain.todo.ToDoType;
import crm.rest.shared.Blanks;
import java.time.Instant;

/**
 * A to-do as the API shows and takes it. {@code status} on PUT closes it (DONE, CANCELED); a PUT
 * without {@code salespersonCode} keeps the to-do's; {@code ownerUser}, {@code emailId} and
 * {@code actionCardId} (where a follow-up call came from) are read only.
 */
public record ToDoDto(
    String no, ToDoType type, String description, String contactNo, String campaignNo,
    String salespersonCode, String ownerUser, Instant dueAt, ToDoPriority priority, ToDoStatus status,
    Long emailId, Long actionCardId, Integer version) {

  public static ToDoDto from(ToDo t) {
    return new ToDoDto(t.getNo(), t.getType(), t.getDescription(), t.getContactNo(), t.getCampaignNo(),
        t.getSalespersonCode(), t.getOwnerUser(), t.getDueAt(), t.getPriority(), t.getStatus(), t.getEmailId(),
        t.getActionCardId(), t.getVersion());
  }

  void applyTo(ToDo t) {
    t.setType(type == null ? ToDoType.TO_DO : type);
    t.setDescription(description == null ? null : description.strip());
    t.setContactNo(Blanks.toNull(contactNo));
    t.setCampaignNo(Blanks.toNull(campaignNo));
    t.setSalespersonCode(Blanks.toNull(salespersonCode));
    t.setDueAt(dueAt);
    t.setPriority(priority == null ? ToDoPriority.NORMAL : priority);
  }
}
