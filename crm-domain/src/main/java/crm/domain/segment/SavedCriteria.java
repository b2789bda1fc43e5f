package crm.domain.segment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Segment criteria saved under a code (F-25), to build the same kind of segment again later. */
@Entity
@Table(name = "saved_criteria")
public class SavedCriteria {

  @Id private String code;
  private String description;

  protected SavedCriteria() {}

  public SavedCriteria(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String getCode() { return code; }
  public String getDescription() { return description; }
}
