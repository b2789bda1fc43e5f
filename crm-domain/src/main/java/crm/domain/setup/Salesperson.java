package crm.domain.setup;

import crm.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

/** A salesperson or purchaser: owns contacts, campaigns and segments, signs letters. */
@Audited("SALESPERSON")
@Entity
@NamedQuery(name = "Salesperson.list", query = "select s from Salesperson s order by s.code")
public class Salesperson {

  @Id private String code;
  private String name;
  private String email;
  private String phone;

  @Column(name = "job_title")
  private String jobTitle;

  @Version private int version;

  protected Salesperson() {}

  public Salesperson(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }
}
