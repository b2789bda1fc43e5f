package crm.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the user name and password of an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8). */
final class BasicCredentials {

  private BasicCredentials() {}

  /** The credentials after "Basic ", or null when they are not Base64 of "user:password". */
  static UsernamePasswordCredential parse(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
