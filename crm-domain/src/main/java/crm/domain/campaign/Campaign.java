package crm.domain.campaign;

import crm.domain.audit.Audited;
import crm.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A campaign (F-10): any activity that involves several contacts, such as a trade show. Its
 * segments pick the audience; logging them leaves campaign entries that count what was done.
 */
@Audited("CAMPAIGN")
@Entity
public class Campaign {

  @Id private String no;
  private String description;

  @Column(name = "status_code")
  private String statusCode;

  @Column(name = "starting_date")
  private LocalDate startingDate;

  @Column(name = "ending_date")
  private LocalDate endingDate;

  @Column(name = "salesperson_code")
  private String salespersonCode;

  private String notes;

  /** Activated (F-13): its target group is taken and its prices apply to it. */
  private boolean activated;

  @Version private int version;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  protected Campaign() {}

  public Campaign(String no) {
    this.no = no;
  }

  /** Sets the period; an ending date before the starting date is refused. */
  public void setPeriod(LocalDate startingDate, LocalDate endingDate) {
    if (startingDate != null && endingDate != null && endingDate.isBefore(startingDate)) {
      throw new InvalidInputException("campaign.endBeforeStart", endingDate, startingDate);
    }
    this.startingDate = startingDate;
    this.endingDate = endingDate;
  }

  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = LocalDateTime.now();
    if (createdAt == null) {
      createdAt = updatedAt;
    }
  }

  public String getNo() { return no; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getStatusCode() { return statusCode; }
  public void setStatusCode(String statusCode) { this.statusCode = statusCode; }
  public LocalDate getStartingDate() { return startingDate; }
  public LocalDate getEndingDate() { return endingDate; }
  public String getSalespersonCode() { return salespersonCode; }
  public void setSalespersonCode(String salespersonCode) { this.salespersonCode = salespersonCode; }
  public boolean isActivated() { return activated; }
  public void setActivated(boolean activated) { this.activated = activated; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
  public int getVersion() { return version; }
}
