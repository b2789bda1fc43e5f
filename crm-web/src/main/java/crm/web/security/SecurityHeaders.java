package crm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every answer: no content sniffing, no referrer sent to other sites
 * (tracking redirects included), no camera, microphone, location or payment for any page, no
 * framing by another site (clickjacking), HSTS when the request came over TLS, and no server name
 * or version. This policy restricts framing, plugins, the base address and form targets of every
 * answer; on the pages, PrimeFaces' CSP mode (web.xml) adds a second policy that allows only the
 * application's own scripts and those carrying the page's nonce. Browsers enforce both.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    addTo(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers. Also called by {@link LoginMechanism}, whose answers (the login redirect,
   * 401, 403, 429) are sent before any filter runs.
   */
  static void addTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    // Set here, the container's own "Server: Payara Micro" is not added.
    response.setHeader("Server", "");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
