package crm.rest.shared;

import crm.domain.shared.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses a request whose address or JSON body holds the NUL character before any resource
 * reads it: no text field may hold one (PostgreSQL refuses it), and a NUL cut into a name or a
 * code is never what a person meant. Files (any other content type) are bytes and pass.
 */
@Provider
@PreMatching
public class NulCharacters implements ContainerRequestFilter {

  private static final char NUL = '\u0000';

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (inAddress(request) || inJsonBody(request)) {
      String detail = new InvalidInputException("request.nulCharacter")
          .messageIn(Problems.locale(request.getAcceptableLanguages()));
      request.abortWith(Problems.of(400, detail));
    }
  }

  private static boolean inAddress(ContainerRequestContext request) {
    var uri = request.getUriInfo();
    return uri.getPath(true).indexOf(NUL) >= 0
        || uri.getQueryParameters(true).values().stream().flatMap(List::stream).anyMatch(v -> v.indexOf(NUL) >= 0);
  }

  private static boolean inJsonBody(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
      return false;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    return holdsNul(new String(body, StandardCharsets.UTF_8));
  }

  /** A raw NUL, or the escape \u0000 that is not itself an escaped backslash followed by "u0000". */
  static boolean holdsNul(String json) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == NUL) {
        return true;
      }
      if (c == '\\' && i + 1 < json.length()) {
        if (json.startsWith("u0000", i + 1)) {
          return true;
        }
        i++;
      }
    }
    return false;
  }
}
