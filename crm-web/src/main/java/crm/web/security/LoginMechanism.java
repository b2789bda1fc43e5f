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
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Collections;
import java.util.Locale;
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
 *       login is then kept in the HTTP session.
 * </ul>
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API = "/api/";
  private static final String BASIC = "Basic ";

  @Inject private IdentityStoreHandler identityStore;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) throws AuthenticationException {
    Credential formCredential = context.getAuthParameters().getCredential();
    if (formCredential != null) {
      return formLogin(formCredential, context);
    }
    Principal sessionUser = request.getUserPrincipal();
    if (sessionUser != null) {
      return continueSession(sessionUser, context);
    }
    String path = request.getServletPath();
    if (path.startsWith(API) || "/api".equals(path)) {
      return basic(request, response, context);
    }
    return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
  }

  private AuthenticationStatus formLogin(Credential credential, HttpMessageContext context) {
    CredentialValidationResult result = identityStore.validate(credential);
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
    CredentialValidationResult result = credential == null
        ? CredentialValidationResult.INVALID_RESULT : identityStore.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(request, response, "login.failed");
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** 401 with the Basic challenge and a problem-details body in the caller's language. */
  private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
      String key) {
    String body = Json.createObjectBuilder()
        .add("status", 401)
        .add("title", "Unauthorized")
        .add("detail", new InvalidInputException(key).messageIn(language(request)))
        .build().toString();
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"CRM Marketing\", charset=\"UTF-8\"");
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
