package crm.web.security;

import crm.service.security.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks the credentials of a login, of the login page and of HTTP Basic alike, unless earlier
 * failures of that user name or from that address make it wait (then not even the right
 * password gets in), and records the outcome for the throttle.
 */
@ApplicationScoped
class CheckedLogins {

  /** The result of the check, or the time still to wait when it was not made. */
  record Outcome(CredentialValidationResult result, Optional<Duration> waitFor) {}

  @Inject private IdentityStoreHandler identityStore;
  @Inject private LoginAttempts attempts;

  Outcome check(HttpServletRequest request, UsernamePasswordCredential credential) {
    String user = credential.getCaller();
    String address = request.getRemoteAddr();
    Optional<Duration> wait = attempts.waitBeforeTrying(user, address);
    if (wait.isPresent()) {
      return new Outcome(CredentialValidationResult.INVALID_RESULT, wait);
    }
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      attempts.succeeded(user);
    } else {
      attempts.failed(user, address);
    }
    return new Outcome(result, Optional.empty());
  }

  /** Whole seconds to wait, at least one, as Retry-After and the messages give them. */
  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
