package crm.service.security;

import crm.domain.audit.AuditAction;
import crm.domain.security.LoginThrottle;
import crm.service.audit.AuditTrail;
import crm.service.shared.Sql;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per user name and per source address and says how long the next login
 * must wait (issue 15: password guessing). A source address is shared by the users behind one
 * proxy, so it gets ten times the failures of a user name. The failure that locks logins is
 * written to the audit trail (F-74) with the address it came from, whether the user exists or not
 * (only the administrator reads the trail).
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
  @Inject private AuditTrail trail;

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
    if (count(user(userName), now) == perUser.lockAfter()) {
      locked("LOGIN_USER", userName, address, now, perUser);
    }
    if (count(address(address), now) == perAddress.lockAfter()) {
      locked("LOGIN_ADDRESS", address, address, now, perAddress);
    }
  }

  private void locked(String recordType, String key, String address, Instant now, LoginThrottle throttle) {
    trail.record(AuditAction.LOCK, recordType, key, Map.of("sourceAddress", address,
        "failures", Integer.toString(throttle.lockAfter()), "lockedUntil", now.plus(throttle.lock()).toString()));
  }

  public void succeeded(String userName) {
    withSql(sql -> sql.update("delete from login_failure where subject = ?", user(userName)));
  }

  private Optional<Instant> waitUntil(String subject, LoginThrottle throttle, Instant now) {
    return withSql(sql -> sql.list("select failures, last_failure_at from login_failure where subject = ?",
            row -> throttle.waitUntil(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant(), now), subject))
        .stream().findFirst().flatMap(until -> until);
  }

  /** One more failure, or the first again when the earlier ones are forgotten; answers the failures now counted. */
  private int count(String subject, Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime forgottenBefore = now.minus(perUser.lock()).atOffset(ZoneOffset.UTC);
    return withSql(sql -> {
      // The row first, without a race between instances (PostgreSQL, and H2 in its PostgreSQL mode).
      sql.update("insert into login_failure (subject, failures, last_failure_at) values (?, 0, ?)"
          + " on conflict do nothing", subject, at);
      sql.update("update login_failure set failures = case when last_failure_at <= ? then 1"
          + " else failures + 1 end, last_failure_at = ? where subject = ?", forgottenBefore, at, subject);
      return (int) sql.number("select failures from login_failure where subject = ?", subject);
    });
  }

  private <T> T withSql(Function<Sql, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(new Sql(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read or record failed logins", e);
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
