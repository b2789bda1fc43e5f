package crm.it;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Logs the in-server test methods in, as a user of the demo data, through the application's own
 * mechanism and identity store, so that the services' {@code @RolesAllowed} apply to the tests
 * as to any caller. Arquillian runs each test method in a request to its runner servlet (left
 * open by the test deployment's web fragment); this filter authenticates that request first.
 */
@WebFilter("/ArquillianServletRunnerEE9")
public class TestLogin implements Filter {

  static final String DEFAULT_USER = "admin";

  @Inject private SecurityContext securityContext;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = userOf(request.getParameter("className"));
    AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) request,
        (HttpServletResponse) response, AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential(user, user + "-demo")));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new ServletException("The demo user " + user + " cannot log in: " + status);
    }
    chain.doFilter(request, response);
  }

  private static String userOf(String testClass) {
    if (testClass == null) {
      return DEFAULT_USER;
    }
    try {
      LoggedInAs as = Class.forName(testClass).getAnnotation(LoggedInAs.class);
      return as == null ? DEFAULT_USER : as.value();
    } catch (ClassNotFoundException e) {
      return DEFAULT_USER;
    }
  }
}
