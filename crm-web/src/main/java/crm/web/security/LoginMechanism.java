package crm.web.security;

import crm.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The one authentication mechanism of the application (Jakarta Security 3.0 allows only one):
 * <ul>
 *   <li>the REST API under {@code /api/} takes HTTP Basic credentials on every request and
 *       answers 401 with a problem-details body when they are missing or wrong;
 *   <li>the pages send a user who is not logged in to the login page (an Ajax request of an
 *       expired session gets a Faces redirect, not an error), and the login page logs in through
 *       {@code SecurityContext.authenticate}, which lands here with the form's credentials; the
 *       login is then kept in the HTTP session;
 *   <li>both check the password through {@link CheckedLogins}, which makes logins wait after
 *       failures of the user name or from the address (429 with Retry-After over the REST API);
 *   <li>a request of the REST API that changes something is refused (403) when it comes from
 *       another site or without its own Basic credentials ({@link CrossSiteRequests}).
 * </ul>
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API = "/api/";
  private static final String BASIC = "Basic ";
  private static final int TOO_MANY_REQUESTS = 429;
  /** The seconds a throttled login of the login page must wait, for {@link LoginBacking}'s message. */
  static final String WAIT_ATTRIBUTE = "crm.login.waitSeconds";
  private static final Map<Integer, String> TITLES =
      Map.of(401, "Unauthorized", 403, "Forbidden", TOO_MANY_REQUESTS, "Too Many Requests");

  @Inject private CheckedLogins logins;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) throws AuthenticationException {
    SecurityHeaders.addTo(request, response);
    Credential formCredential = context.getAuthParameters().getCredential();
    if (formCredential != null) {
      return formLogin(formCredential, context);
    }
    String path = request.getServletPath();
    boolean api = path.startsWith(API) || "/api".equals(path);
    Optional<String> refusal = api ? CrossSiteRequests.refusal(request) : Optional.empty();
    if (refusal.isPresent()) {
      return problem(request, response, HttpServletResponse.SC_FORBIDDEN, refusal.get());
    }
    Principal sessionUser = request.getUserPrincipal();
    if (sessionUser != null) {
      return continueSession(sessionUser, context);
    }
    if (api) {
      return basic(request, response, context);
    }
    return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
  }

  private AuthenticationStatus formLogin(Credential credential, HttpMessageContext context) {
    CheckedLogins.Outcome outcome = logins.check(context.getRequest(), (UsernamePasswordCredential) credential);
    outcome.waitFor().ifPresent(wait -> context.getRequest().setAttribute(WAIT_ATTRIBUTE, CheckedLogins.seconds(wait)));
    CredentialValidationResult result = outcome.result();
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  /** The user logged in earlier in this session: the container gives the principal with its roles back. */
  private static AuthenticationStatus continueSession(Principal user, HttpMessageContext context)
      throws AuthenticationException {
    try {
      context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), user)});
      return AuthenticationStatus.SUCCESS;
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException(e);
    }
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return context.isProtected() ? unauthorized(request, response, "login.required") : context.doNothing();
    }
    UsernamePasswordCredential credential = BasicCredentials.parse(header.substring(BASIC.length()));
    if (credential == null) {
      return unauthorized(request, response, "login.failed");
    }
    CheckedLogins.Outcome outcome = logins.check(request, credential);
    if (outcome.waitFor().isPresent()) {
      long seconds = CheckedLogins.seconds(outcome.waitFor().get());
      response.setHeader("Retry-After", Long.toString(seconds));
      return problem(request, response, TOO_MANY_REQUESTS, "login.throttled", seconds);
    }
    if (outcome.result().getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(request, response, "login.failed");
    }
    return context.notifyContainerAboutLogin(outcome.result());
  }

  /** 401 with the Basic challenge and a problem-details body in the caller's language. */
  private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
      String key) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"CRM Marketing\", charset=\"UTF-8\"");
    return problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, key);
  }

  /** The status with a problem-details body in the caller's language; the request goes no further. */
  private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response,
      int status, String key, Object... arguments) {
    String body = Json.createObjectBuilder()
        .add("status", status)
        .add("title", TITLES.get(status))
        .add("detail", new InvalidInputException(key, arguments).messageIn(language(request)))
        .build().toString();
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    try {
      response.getWriter().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      // The client went away: nothing to answer.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Sends the browser to the login page, then back to the page it asked for. */
  private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    String login = request.getContextPath() + LOGIN_PAGE;
    if ("GET".equals(request.getMethod())) {
      String asked = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo())
          + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      login += "?continue=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return ajaxRedirect(response, login);
    }
    return context.redirect(login);
  }

  /** An Ajax request cannot follow an HTTP redirect to a page: Faces redirects it itself. */
  private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String location) {
    response.setContentType("text/xml;charset=UTF-8");
    try {
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
          + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"></redirect></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      // The browser went away: nothing to answer.
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static Locale language(HttpServletRequest request) {
    for (Locale locale : Collections.list(request.getLocales())) {
      if (locale.getLanguage().equals("fr") || locale.getLanguage().equals("en")) {
        return locale;
      }
    }
    return Locale.ENGLISH;
  }
}
