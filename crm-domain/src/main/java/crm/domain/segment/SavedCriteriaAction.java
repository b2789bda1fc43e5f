package crm.domain.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One step of saved criteria, replayed in order by Reuse Criteria. */
@Entity
@Table(name = "saved_criteria_action")
@IdClass(SavedCriteriaAction.Key.class)
public class SavedCriteriaAction {

  /** Composite key: criteria code and step number. */
  public record Key(String criteriaCode, int actionNo) implements Serializable {
    public Key() {
      this(null, 0);
    }
  }

  @Id
  @Column(name = "criteria_code")
  private String criteriaCode;

  @Id
  @Column(name = "action_no")
  private int actionNo;

  @Enumerated(EnumType.STRING)
  private CriteriaActionType action;

  private String description;
  private String filter;

  protected SavedCriteriaAction() {}

  public String getCriteriaCode() { return criteriaCode; }
  public int getActionNo() { return actionNo; }
  public CriteriaActionType getAction() { return action; }
  public String getDescription() { return description; }
  public String getFilter() { return filter; }
}
