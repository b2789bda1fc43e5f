package crm.web.security;

import crm.domain.security.AppUser;
import crm.domain.security.Roles;
import crm.service.security.UserService;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * security/users.xhtml (administrator): the users, a dialog to create or change one (roles,
 * salesperson), a dialog to set a new password, and disable or enable. Passwords are only ever
 * typed, never shown: the field is emptied after each use ({@link TypedPassword}).
 */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private UserService users;
  private List<AppUser> list;
  private boolean creating;
  private String userName;
  private String fullName;
  private String salespersonCode;
  private List<String> roles = new ArrayList<>();
  private Integer version;
  private final TypedPassword password = new TypedPassword();

  /** f:viewAction: reads the users before the page is drawn, so that a refusal shows in its messages. */
  public void load() {
    list = Objects.requireNonNullElse(Feedback.call(users::list, null), List.of());
  }

  public List<AppUser> getList() {
    return list;
  }

  public void openNew() {
    creating = true;
    userName = null;
    fullName = null;
    salespersonCode = null;
    roles = new ArrayList<>();
    version = null;
    password.clear();
  }

  public void openEdit(AppUser user) {
    creating = false;
    userName = user.getUserName();
    fullName = user.getFullName();
    salespersonCode = user.getSalespersonCode();
    roles = new ArrayList<>(user.getRoles());
    version = user.getVersion();
    password.clear();
  }

  public void save() {
    String secret = password.take();
    boolean saved = creating
        ? Feedback.run(() -> users.create(userName, fullName, salespersonCode, roles, secret), "user.created", userName)
        : Feedback.run(() -> users.update(userName, version, fullName, salespersonCode, roles), "user.saved", userName);
    if (saved) {
      load();
    }
  }

  public void resetPassword() {
    String secret = password.take();
    Feedback.run(() -> users.resetPassword(userName, secret), "user.passwordReset", userName);
  }

  public void toggleEnabled(AppUser user) {
    boolean enable = !user.isEnabled();
    if (Feedback.run(() -> users.setEnabled(user.getUserName(), enable),
        enable ? "user.enabledMsg" : "user.disabled", user.getUserName())) {
      load();
    }
  }

  public List<String> getRoleOptions() { return Roles.ALL; }
  public boolean isCreating() { return creating; }
  public String getUserName() { return userName; }
  public void setUserName(String userName) { this.userName = userName; }
  public String getFullName() { return fullName; }
  public void setFullName(String fullName) { this.fullName = fullName; }
  public String getSalespersonCode() { return salespersonCode; }
  public void setSalespersonCode(String code) { this.salespersonCode = code; }
  public List<String> getRoles() { return roles; }
  public void setRoles(List<String> roles) { this.roles = roles; }
  public String getPassword() { return password.get(); }
  public void setPassword(String password) { this.password.set(password); }
}
