package crm.web.email;

import crm.service.email.TrackedFile;
import crm.service.email.TrackingHit;
import crm.service.email.TrackingService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The public tracking URLs (F-53, F-75), open without a login (web.xml): {@code /t/o/{token}}
 * answers a 1×1 transparent GIF, {@code /t/c/{token}} redirects to the address recorded for the
 * link, {@code /t/a/{token}} answers the tracked file. Anything else, or a token that does not
 * verify or names nothing tracked, answers an empty 404, whatever the reason, and records
 * nothing. HEAD is answered like GET without a body and is recorded (as a machine's).
 */
@WebServlet(urlPatterns = "/t/*")
public class TrackingServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final byte[] PIXEL =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  @Inject private TrackingService tracking;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(request, response, false);
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String token = path.length() > 3 ? path.substring(3) : "";
    TrackingHit hit = new TrackingHit(request.getMethod(), request.getHeader("User-Agent"), request.getRemoteAddr());
    if (path.startsWith("/o/") && tracking.open(token, hit)) {
      send(response, "image/gif", PIXEL, body);
    } else if (path.startsWith("/c/")) {
      redirect(response, tracking.click(token, hit));
    } else if (path.startsWith("/a/")) {
      download(response, tracking.attachment(token, hit), body);
    } else {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void redirect(HttpServletResponse response, Optional<String> url) {
    if (url.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", url.get());
  }

  private static void download(HttpServletResponse response, Optional<TrackedFile> file, boolean body)
      throws IOException {
    if (file.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(file.get().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    send(response, file.get().contentType(), file.get().content(), body);
  }

  private static void send(HttpServletResponse response, String contentType, byte[] content, boolean body)
      throws IOException {
    response.setContentType(contentType);
    response.setContentLength(content.length);
    if (body) {
      response.getOutputStream().write(content);
    }
  }
}
