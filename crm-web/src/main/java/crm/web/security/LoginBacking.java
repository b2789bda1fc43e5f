package crm.web.security;

import crm.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** login.xhtml: checks the user name and password, then opens the page the user asked for. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;

  private String userName;
  private String password;
  /** The page asked for before the login ("continue" parameter); only a path of this application. */
  private String continueTo;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status = securityContext.authenticate(
        (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams().newAuthentication(true)
            .credential(new UsernamePasswordCredential(userName == null ? "" : userName.trim(),
                new Password(password == null ? "" : password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + LoginPage.target(continueTo));
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else if (external.getRequestMap().get(LoginMechanism.WAIT_ATTRIBUTE) instanceof Long seconds) {
      Feedback.error("login.throttled", seconds);
    } else {
      Feedback.error("login.failed");
    }
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
