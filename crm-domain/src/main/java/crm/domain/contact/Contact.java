package crm.domain.contact;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.setup.CodeTable;
import crm.domain.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A company or a person the marketing department talks to (F-01). Persons may belong to a
 * company. The codes (job responsibilities, business relations, industry and mailing groups) are
 * what segments select contacts by.
 */
@Entity
public class Contact {

  @Id private String no;

  @Enumerated(EnumType.STRING)
  private ContactType type;

  private String name;

  @Column(name = "first_name")
  private String firstName;

  private String surname;

  @Column(name = "company_no")
  private String companyNo;

  private String address;
  private String address2;

  @Column(name = "post_code")
  private String postCode;

  private String city;

  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "language_code")
  private String languageCode;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "salesperson_code")
  private String salespersonCode;

  private String email;
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "correspondence_type")
  private CorrespondenceType correspondenceType;

  @Column(name = "allow_tracking")
  private boolean allowTracking = true;

  @Column(name = "exclude_from_segments")
  private boolean excludeFromSegments;

  @ElementCollection
  @CollectionTable(name = "contact_code", joinColumns = @JoinColumn(name = "contact_no"))
  private Set<ContactCode> codes = new HashSet<>();

  @Version private int version;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  protected Contact() {}

  public Contact(String no, ContactType type, String name) {
    this.no = no;
    this.type = type;
    this.name = name;
  }

  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = LocalDateTime.now();
    if (createdAt == null) {
      createdAt = updatedAt;
    }
  }

  /** The codes of one table, e.g. the job responsibilities. */
  public List<String> codesOf(CodeTable table) {
    return codes.stream().filter(c -> c.codeTable() == table).map(ContactCode::code).sorted().toList();
  }

  /** Replaces the codes of one table with the given ones; an empty code is refused. */
  public void replaceCodes(CodeTable table, Collection<String> newCodes) {
    if (newCodes.stream().anyMatch(code -> code == null || code.isBlank())) {
      throw new InvalidInputException("code.required");
    }
    codes.removeIf(c -> c.codeTable() == table);
    newCodes.forEach(code -> codes.add(new ContactCode(table, code)));
  }

  public String getNo() { return no; }
  public ContactType getType() { return type; }
  public void setType(ContactType type) { this.type = type; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getFirstName() { return firstName; }
  public void setFirstName(String firstName) { this.firstName = firstName; }
  public String getSurname() { return surname; }
  public void setSurname(String surname) { this.surname = surname; }
  public String getCompanyNo() { return companyNo; }
  public void setCompanyNo(String companyNo) { this.companyNo = companyNo; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public String getAddress2() { return address2; }
  public void setAddress2(String address2) { this.address2 = address2; }
  public String getPostCode() { return postCode; }
  public void setPostCode(String postCode) { this.postCode = postCode; }
  public String getCity() { return city; }
  public void setCity(String city) { this.city = city; }
  public String getCountryCode() { return countryCode; }
  public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
  public String getLanguageCode() { return languageCode; }
  public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
  public String getTimeZone() { return timeZone; }
  public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
  public String getSalespersonCode() { return salespersonCode; }
  public void setSalespersonCode(String salespersonCode) { this.salespersonCode = salespersonCode; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public CorrespondenceType getCorrespondenceType() { return correspondenceType; }
  public void setCorrespondenceType(CorrespondenceType type) { this.correspondenceType = type; }
  public boolean isAllowTracking() { return allowTracking; }
  public void setAllowTracking(boolean allowTracking) { this.allowTracking = allowTracking; }
  public boolean isExcludeFromSegments() { return excludeFromSegments; }
  public void setExcludeFromSegments(boolean exclude) { this.excludeFromSegments = exclude; }
  public int getVersion() { return version; }
}
