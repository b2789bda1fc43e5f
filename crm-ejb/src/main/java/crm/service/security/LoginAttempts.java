package crm.service.security;

import crm.domain.security.LoginThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per user name and per source address and says how long the next login
 * must wait (issue 15: password guessing). A source address is shared by the users behind one
 * proxy, so it gets ten times the failures of a user name.
 *
 * <p>No role: it is asked before anybody is logged in.
 */
@Stateless
@PermitAll
public class LoginAttempts {

  private static final int ADDRESS_FACTOR = 10;
  private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  private static final Duration LONGEST_DELAY = Duration.ofSeconds(60);

  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Inject private Clock clock;

  @Inject @ConfigProperty(name = "crm.security.login.free-failures", defaultValue = "3")
  private int freeFailures;
  @Inject @ConfigProperty(name = "crm.security.login.lock-after-failures", defaultValue = "10")
  private int lockAfter;
  @Inject @ConfigProperty(name = "crm.security.login.lock-minutes", defaultValue = "15")
  private int lockMinutes;

  private LoginThrottle perUser;
  private LoginThrottle perAddress;

  @PostConstruct
  void throttles() {
    Duration lock = Duration.ofMinutes(lockMinutes);
    perUser = new LoginThrottle(freeFailures, lockAfter, FIRST_DELAY, LONGEST_DELAY, lock);
    perAddress = new LoginThrottle(freeFailures * ADDRESS_FACTOR, lockAfter * ADDRESS_FACTOR,
        FIRST_DELAY, LONGEST_DELAY, lock);
  }

  /** How long a login of this user from this address must still wait; empty when it may try now. */
  public Optional<Duration> waitBeforeTrying(String userName, String address) {
    Instant now = clock.instant();
    Optional<Instant> user = waitUntil(user(userName), perUser, now);
    Optional<Instant> source = waitUntil(address(address), perAddress, now);
    return user.or(() -> source)
        .map(until -> source.filter(other -> other.isAfter(until)).orElse(until))
        .map(until -> Duration.between(now, until));
  }

  public void failed(String userName, String address) {
    Instant now = clock.instant();
    count(user(userName), now);
    count(address(address), now);
  }

  public void succeeded(String userName) {
    execute("delete from login_failure where subject = ?", user(userName));
  }

  private Optional<Instant> waitUntil(String subject, LoginThrottle throttle, Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "select failures, last_failure_at from login_failure where subject = ?")) {
      query.setString(1, subject);
      try (ResultSet row = query.executeQuery()) {
        return row.next()
            ? throttle.waitUntil(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant(), now)
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the failed logins", e);
    }
  }

  /** One more failure, or the first again when the earlier ones are forgotten. */
  private void count(String subject, Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime forgottenBefore = now.minus(perUser.lock()).atOffset(ZoneOffset.UTC);
    // The row first, without a race between instances (PostgreSQL, and H2 in its PostgreSQL mode).
    execute("insert into login_failure (subject, failures, last_failure_at) values (?, 0, ?)"
        + " on conflict do nothing", subject, at);
    execute("update login_failure set failures = case when last_failure_at <= ? then 1"
        + " else failures + 1 end, last_failure_at = ? where subject = ?", forgottenBefore, at, subject);
  }

  private int execute(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record a failed login", e);
    }
  }

  private static String user(String userName) {
    return limit("user:" + userName.toLowerCase(Locale.ROOT));
  }

  private static String address(String address) {
    return limit("address:" + address);
  }

  private static String limit(String subject) {
    return subject.length() <= 300 ? subject : subject.substring(0, 300);
  }
}
