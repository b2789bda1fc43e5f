package crm.domain.security;

import crm.domain.audit.Audited;
import crm.domain.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A person who logs in (F-70): user name, full name, the PBKDF2 hash of the password (never the
 * password), the roles, and whether the user may log in at all.
 */
@Audited(value = "USER", secret = "passwordHash")
@Entity
@Table(name = "app_user")
@NamedQuery(name = "AppUser.list", query = "select u from AppUser u order by u.userName")
@NamedQuery(name = "AppUser.count", query = "select count(u) from AppUser u")
public class AppUser {

  private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._-]{1,50}");

  @Id
  @Column(name = "user_name")
  private String userName;

  @Column(name = "full_name")
  private String fullName;

  @Column(name = "password_hash")
  private String passwordHash;

  private boolean enabled = true;

  @Column(name = "salesperson_code")
  private String salespersonCode;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_name"))
  @Column(name = "role")
  private Set<String> roles = new TreeSet<>();

  @Version private int version;

  protected AppUser() {}

  public AppUser(String userName) {
    if (userName == null || !USER_NAME.matcher(userName).matches()) {
      throw new InvalidInputException("user.userNameInvalid");
    }
    this.userName = userName;
  }

  /** Refuses a user without a full name or without a role. */
  public void check() {
    if (fullName == null || fullName.isBlank()) {
      throw new InvalidInputException("user.fullNameRequired");
    }
    if (roles.isEmpty()) {
      throw new InvalidInputException("user.roleRequired");
    }
  }

  public boolean isEnabledAdministrator() {
    return enabled && roles.contains(Roles.ADMINISTRATOR);
  }

  public String getUserName() {
    return userName;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName == null ? null : fullName.trim();
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getSalespersonCode() {
    return salespersonCode;
  }

  public void setSalespersonCode(String salespersonCode) {
    this.salespersonCode = salespersonCode == null || salespersonCode.isBlank() ? null : salespersonCode;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }

  /** Replaces the roles; only the five of {@link Roles} exist. */
  public void setRoles(Collection<String> newRoles) {
    for (String role : newRoles) {
      if (!Roles.ALL.contains(role)) {
        throw new InvalidInputException("user.roleUnknown", role);
      }
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  public int getVersion() {
    return version;
  }
}
