package crm.domain.contact;

import crm.domain.setup.CodeTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A code attached to a contact: a job responsibility, business relation, industry or mailing group. */
@Embeddable
public class ContactCode {

  @Enumerated(EnumType.STRING)
  @Column(name = "code_table")
  private CodeTable codeTable;

  private String code;

  protected ContactCode() {}

  public ContactCode(CodeTable codeTable, String code) {
    this.codeTable = codeTable;
    this.code = code;
  }

  public CodeTable codeTable() {
    return codeTable;
  }

  public String code() {
    return code;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactCode c && c.codeTable == codeTable && c.code.equals(code);
  }

  @Override
  public int hashCode() {
    return codeTable.hashCode() * 31 + code.hashCode();
  }
}
