package crm.service.security;

import crm.domain.security.PasswordPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Turns a new password into the hash that the identity store checks (Jakarta Security's
 * PBKDF2 format, which records its own parameters, so older hashes stay valid if these change).
 */
@ApplicationScoped
public class Passwords {

  /** High enough to slow guessing, low enough for HTTP Basic, which checks the hash on every request. */
  private static final String ITERATIONS = "100000";

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
        "Pbkdf2PasswordHash.Iterations", ITERATIONS));
  }

  /** The hash of a password that follows the policy; refuses a password that does not. */
  public String hash(String password) {
    PasswordPolicy.check(password);
    return hash.generate(password.toCharArray());
  }
}
