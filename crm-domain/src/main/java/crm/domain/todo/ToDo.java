package crm.domain.todo;

import crm.domain.audit.Audited;
import crm.domain.email.InstantColumn;
import crm.domain.email.SendTimeRecommendation;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A to-do (F-15): a call, meeting or task for a salesperson, about a contact and a campaign, due
 * at a time. It is open until it is done or canceled; a closed to-do is history and no longer
 * changes. One made from an action card keeps the email and the card it came from.
 */
@Audited("TO_DO")
@Entity
@Table(name = "to_do")
public class ToDo {

  /** When a follow-up call is due unless the user says otherwise: the next working day at 09:00. */
  public static final LocalTime FOLLOW_UP_TIME = LocalTime.of(9, 0);
  private static final int DESCRIPTION_LENGTH = 250;

  @Id private String no;
  @Enumerated(EnumType.STRING) private ToDoType type = ToDoType.TO_DO;
  private String description;
  @Column(name = "contact_no") private String contactNo;
  @Column(name = "campaign_no") private String campaignNo;
  @Column(name = "salesperson_code") private String salespersonCode;
  @Column(name = "owner_user") private String ownerUser;
  @Convert(converter = InstantColumn.class) @Column(name = "due_at") private Instant dueAt;
  @Enumerated(EnumType.STRING) private ToDoPriority priority = ToDoPriority.NORMAL;
  @Enumerated(EnumType.STRING) private ToDoStatus status = ToDoStatus.OPEN;
  @Column(name = "email_id") private Long emailId;
  @Column(name = "action_card_id") private Long actionCardId;
  @Version private int version;
  @Convert(converter = InstantColumn.class) @Column(name = "created_at") private Instant createdAt;
  @Convert(converter = InstantColumn.class) @Column(name = "updated_at") private Instant updatedAt;

  protected ToDo() {}

  public ToDo(String no, String ownerUser) {
    this.no = no;
    this.ownerUser = ownerUser;
  }

  /** The default due time of a follow-up: the next working day (Monday to Friday) at 09:00 in the zone. */
  public static Instant nextWorkingMorning(Instant now, ZoneId zone) {
    return SendTimeRecommendation.nextWorkingDay(now.atZone(zone).toLocalDate())
        .atTime(FOLLOW_UP_TIME).atZone(zone).toInstant();
  }

  /** Refuses a to-do without a description or a due time, or with a description too long. */
  public void check() {
    if (description == null || description.isBlank()) {
      throw new InvalidInputException("toDo.descriptionRequired");
    }
    if (description.length() > DESCRIPTION_LENGTH) {
      throw new InvalidInputException("toDo.descriptionTooLong", DESCRIPTION_LENGTH);
    }
    if (dueAt == null) {
      throw new InvalidInputException("toDo.dueRequired");
    }
    if (type == null || priority == null || status == null) {
      throw new InvalidInputException("toDo.incomplete");
    }
  }

  /** Closes an open to-do as done or canceled; a closed one is not reopened or closed again. */
  public void close(ToDoStatus closedAs) {
    if (status != ToDoStatus.OPEN) {
      throw new ConflictException("toDo.closed", no, status);
    }
    if (closedAs == ToDoStatus.OPEN) {
      throw new InvalidInputException("toDo.badStatus", closedAs);
    }
    status = closedAs;
  }

  /** Refuses changes to a to-do that is done or canceled. */
  public void checkOpen() {
    if (status != ToDoStatus.OPEN) {
      throw new ConflictException("toDo.closed", no, status);
    }
  }

  /** Overdue: still open after its due time. */
  public boolean isOverdue(Instant now) {
    return status == ToDoStatus.OPEN && dueAt != null && dueAt.isBefore(now);
  }

  /** The email and the action card it was made from. */
  public void cameFrom(Long emailId, Long actionCardId) {
    this.emailId = emailId;
    this.actionCardId = actionCardId;
  }

  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = Instant.now();
    if (createdAt == null) {
      createdAt = updatedAt;
    }
  }

  public String getNo() { return no; }
  public ToDoType getType() { return type; }
  public void setType(ToDoType type) { this.type = type; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getContactNo() { return contactNo; }
  public void setContactNo(String contactNo) { this.contactNo = contactNo; }
  public String getCampaignNo() { return campaignNo; }
  public void setCampaignNo(String campaignNo) { this.campaignNo = campaignNo; }
  public String getSalespersonCode() { return salespersonCode; }
  public void setSalespersonCode(String salespersonCode) { this.salespersonCode = salespersonCode; }
  public String getOwnerUser() { return ownerUser; }
  public void setOwnerUser(String ownerUser) { this.ownerUser = ownerUser; }
  public Instant getDueAt() { return dueAt; }
  public void setDueAt(Instant dueAt) { this.dueAt = dueAt; }
  public ToDoPriority getPriority() { return priority; }
  public void setPriority(ToDoPriority priority) { this.priority = priority; }
  public ToDoStatus getStatus() { return status; }
  public Long getEmailId() { return emailId; }
  public Long getActionCardId() { return actionCardId; }
  public int getVersion() { return version; }
  public Instant getCreatedAt() { return createdAt; }
}
