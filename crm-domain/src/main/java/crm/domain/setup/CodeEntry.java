package crm.domain.setup;

import crm.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One code of a simple code table, e.g. job responsibility PURCHASE. */
@Audited("CODE")
@Entity
@Table(name = "code_entry")
@IdClass(CodeEntry.Key.class)
@NamedQuery(
    name = "CodeEntry.listByTable",
    query = "select c from CodeEntry c where c.codeTable = :table order by c.code")
public class CodeEntry {

  /** Composite key: the table and the code. */
  public record Key(CodeTable codeTable, String code) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "code_table")
  private CodeTable codeTable;

  @Id private String code;

  private String description;

  protected CodeEntry() {}

  public CodeEntry(CodeTable codeTable, String code, String description) {
    this.codeTable = codeTable;
    this.code = code;
    this.description = description;
  }

  public CodeTable getCodeTable() {
    return codeTable;
  }

  public String getCode() {
    return code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
