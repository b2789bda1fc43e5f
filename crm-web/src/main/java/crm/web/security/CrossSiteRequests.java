package crm.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses cross-site request forgery on the REST API: a form or script on another site, run by
 * the browser of a logged-in user, must not change anything. A request that changes something
 * (any method but GET, HEAD and OPTIONS) must not come from another origin (the Origin and
 * Sec-Fetch-Site headers browsers send), and the pages' session cookie alone does not log it in:
 * it needs its own HTTP Basic credentials. Clients such as curl send neither header and always
 * their credentials, so they are not affected; a request without any login gets the usual 401.
 */
final class CrossSiteRequests {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private CrossSiteRequests() {}

  /** The message key of the refusal of this API request, or empty when it may go on. */
  static Optional<String> refusal(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return Optional.empty();
    }
    if (fromAnotherSite(request)) {
      return Optional.of("request.crossSite");
    }
    String authorization = request.getHeader("Authorization");
    boolean ownCredentials = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    if (request.getUserPrincipal() != null && !ownCredentials) {
      return Optional.of("request.basicRequired");
    }
    return Optional.empty();
  }

  private static boolean fromAnotherSite(HttpServletRequest request) {
    if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    return origin != null && !authority(origin).equals(hostOf(request));
  }

  /** "host:port" of an origin, the port left out when it is the scheme's default; "" when unreadable. */
  private static String authority(String origin) {
    try {
      URI uri = URI.create(origin.trim());
      if (uri.getHost() == null) {
        return "";
      }
      boolean defaultPort = uri.getPort() == -1
          || ("http".equalsIgnoreCase(uri.getScheme()) && uri.getPort() == 80)
          || ("https".equalsIgnoreCase(uri.getScheme()) && uri.getPort() == 443);
      return (uri.getHost() + (defaultPort ? "" : ":" + uri.getPort())).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String hostOf(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null) {
      return "";
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
  }
}
