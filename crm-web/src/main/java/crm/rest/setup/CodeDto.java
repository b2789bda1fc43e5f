package crm.rest.setup;

import crm.domain.setup.CodeEntry;
import crm.domain.setup.Salesperson;

/** A code of a code table; salespeople add their name, email, phone and job title. */
public record CodeDto(String code, String description, String name, String email, String phone, String jobTitle) {

  static CodeDto from(CodeEntry entry) {
    return new CodeDto(entry.getCode(), entry.getDescription(), null, null, null, null);
  }

  static CodeDto from(Salesperson s) {
    return new CodeDto(s.getCode(), s.getName(), s.getName(), s.getEmail(), s.getPhone(), s.getJobTitle());
  }

  /** A salesperson's name: given as name, or as description like any other code. */
  String salespersonName() {
    return name != null ? name : description;
  }

  void applyTo(Salesperson s) {
    s.setName(salespersonName());
    s.setEmail(email);
    s.setPhone(phone);
    s.setJobTitle(jobTitle);
  }
}
