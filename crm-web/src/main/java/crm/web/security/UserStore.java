package crm.web.security;

import crm.domain.security.Roles;
import crm.service.security.Passwords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The identity store: a user who is enabled and whose password matches the stored PBKDF2 hash,
 * with the roles of the table as groups (Payara maps each group to the role of the same name).
 *
 * <p>HTTP Basic sends the password with every REST request, and checking a PBKDF2 hash costs
 * about 0.1 s. So a password found to match a stored hash is remembered, as a keyed digest of user,
 * password and hash, and the next request with the same password against the same hash skips the
 * PBKDF2 work. The user's row and roles are still read at every request: a new password (a new
 * hash), a disabled user or changed roles count at once.
 */
@DeclareRoles({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON,
    Roles.BATCH_ADMIN})
@ApplicationScoped
public class UserStore implements IdentityStore {

  private static final int MOST_REMEMBERED = 10_000;
  private static final String MAC = "HmacSHA256";

  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private Passwords passwords;

  /** A key of this process only, so the remembered digests are worthless outside it. */
  private final SecretKeySpec digestKey = new SecretKeySpec(SecureRandom.getSeed(32), MAC);
  private final Set<String> matches = ConcurrentHashMap.newKeySet();
  private volatile String unknownUserHash;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String userName = credential.getCaller();
    try (Connection connection = dataSource.getConnection()) {
      String storedHash = storedHash(connection, userName);
      if (storedHash == null) {
        // As long as for a real user, so that the time of the answer does not tell who exists.
        passwordHash.verify(credential.getPassword().getValue(), unknownUserHash());
        return CredentialValidationResult.INVALID_RESULT;
      }
      if (!matches(userName, credential.getPasswordAsString(), storedHash)) {
        return CredentialValidationResult.INVALID_RESULT;
      }
      return new CredentialValidationResult(userName, roles(connection, userName));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the users", e);
    }
  }

  /** The hash of a random password, made with the same parameters as the users' hashes. */
  private String unknownUserHash() {
    if (unknownUserHash == null) {
      unknownUserHash = passwords.hash(UUID.randomUUID().toString());
    }
    return unknownUserHash;
  }

  private boolean matches(String userName, String password, String storedHash) {
    String digest = digest(userName + '\0' + password + '\0' + storedHash);
    if (matches.contains(digest)) {
      return true;
    }
    if (!passwordHash.verify(password.toCharArray(), storedHash)) {
      return false;
    }
    if (matches.size() >= MOST_REMEMBERED) {
      matches.clear();
    }
    matches.add(digest);
    return true;
  }

  private String digest(String text) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(digestKey);
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The hash of an enabled user's password; null for an unknown or disabled user. */
  private static String storedHash(Connection connection, String userName) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select password_hash from app_user where user_name = ? and enabled = true")) {
      query.setString(1, userName);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static Set<String> roles(Connection connection, String userName) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select role from app_user_role where user_name = ?")) {
      query.setString(1, userName);
      Set<String> roles = new HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          roles.add(rows.getString(1));
        }
      }
      return roles;
    }
  }
}
