package crm.web.security;

import crm.domain.security.Roles;
import crm.service.security.UserService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;

/**
 * The logged-in user for the pages: the name in the top bar, logout, and which actions to show.
 * Hiding an action is only for the user's comfort: the services check the roles themselves
 * ({@code @RolesAllowed}), so the lists here follow those of the services.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @Inject private UserService users;
  private UserService.Caller caller;

  public String getUserName() {
    return securityContext.getCallerPrincipal() == null ? null : securityContext.getCallerPrincipal().getName();
  }

  public String getFullName() {
    return caller() == null ? null : caller.fullName();
  }

  /** The salesperson linked to the user, whose contacts are "my contacts"; null if none. */
  public String getSalespersonCode() {
    return caller() == null ? null : caller.salespersonCode();
  }

  private UserService.Caller caller() {
    if (caller == null && getUserName() != null) {
      caller = users.caller();
    }
    return caller;
  }

  /** The salesperson's role centre: my contacts, my to-dos, action cards, recent emails. */
  public boolean isSalesCentre() {
    return securityContext.isCallerInRole(Roles.SALESPERSON);
  }

  public boolean isMayEditCampaigns() {
    return any(Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF);
  }

  public boolean isMayDeleteCampaigns() {
    return any(Roles.MARKETING_MANAGER);
  }

  public boolean isMayBuildSegments() {
    return any(Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF);
  }

  /** Interaction templates, their languages and attached files. */
  public boolean isMayEditTemplates() {
    return any(Roles.MARKETING_MANAGER);
  }

  public boolean isMayEditContacts() {
    return any(Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF);
  }

  public boolean isMayManageUsers() {
    return any();
  }

  /** Code tables, salespeople, number series and the marketing setup. */
  public boolean isMayChangeSetup() {
    return any();
  }

  /** Writing, sending and scheduling one's own emails (F-50). */
  public boolean isMayComposeEmails() {
    return any(Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON);
  }

  /** Everyone's to-dos, and giving one to another salesperson (F-15). */
  public boolean isMaySeeAllToDos() {
    return any(Roles.MARKETING_MANAGER);
  }

  /** An email's actions (edit, reschedule, send now, cancel): its sender's, and a manager's (as the email services decide). */
  public boolean mayChangeEmailOf(String senderUser) {
    return any(Roles.MARKETING_MANAGER) || getUserName() != null && getUserName().equals(senderUser);
  }

  public boolean isMayWatchOutbox() {
    return any(Roles.MARKETING_MANAGER, Roles.BATCH_ADMIN);
  }

  /** The timer console: the batch administrator's (and the administrator's). */
  public boolean isMayRunJobs() {
    return any(Roles.BATCH_ADMIN);
  }

  /** Ends the session and shows the login page. */
  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + LoginMechanism.LOGIN_PAGE);
    FacesContext.getCurrentInstance().responseComplete();
  }

  /** The administrator may do everything, so every check lets the administrator through. */
  private boolean any(String... roles) {
    return securityContext.isCallerInRole(Roles.ADMINISTRATOR)
        || Arrays.stream(roles).anyMatch(securityContext::isCallerInRole);
  }
}
