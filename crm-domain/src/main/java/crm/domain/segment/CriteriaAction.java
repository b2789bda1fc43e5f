package crm.domain.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One Add, Reduce or Refine step applied to a segment (F-24), with its filter as JSON. Go Back
 * undoes the last one; Save Criteria keeps the list for reuse.
 */
@Entity
@Table(name = "criteria_action")
@IdClass(CriteriaAction.Key.class)
public class CriteriaAction {

  /** Composite key: segment and action number. */
  public record Key(String segmentNo, int actionNo) implements Serializable {
    public Key() {
      this(null, 0);
    }
  }

  @Id
  @Column(name = "segment_no")
  private String segmentNo;

  @Id
  @Column(name = "action_no")
  private int actionNo;

  @Enumerated(EnumType.STRING)
  private CriteriaActionType action;

  private String description;
  private String filter;

  @Column(name = "lines_after")
  private int linesAfter;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  protected CriteriaAction() {}

  public String getSegmentNo() { return segmentNo; }
  public int getActionNo() { return actionNo; }
  public CriteriaActionType getAction() { return action; }
  public String getDescription() { return description; }
  public String getFilter() { return filter; }
  public int getLinesAfter() { return linesAfter; }
  public LocalDateTime getCreatedAt() { return createdAt; }
}
