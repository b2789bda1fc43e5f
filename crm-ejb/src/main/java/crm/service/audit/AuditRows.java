package crm.service.audit;

import crm.domain.audit.AuditAction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one statement that writes an audit entry, and its values: the time from the application's
 * clock and the user whose request made the change ("system" for the timers).
 */
final class AuditRows {

  static final List<String> ARGUMENTS = List.of("CHANGED_AT", "USER_NAME", "ACTION", "RECORD_TYPE", "RECORD_KEY",
      "CHANGES");

  private static final String INSERT = "insert into audit_entry (id, changed_at, user_name, action, record_type,"
      + " record_key, changes) values (nextval('audit_entry_seq'), ";

  /** The insert with EclipseLink's named arguments (#NAME), for the listener. */
  static final String INSERT_WITH_NAMED_ARGUMENTS =
      INSERT + ARGUMENTS.stream().map(name -> "#" + name).collect(Collectors.joining(", ")) + ")";

  /** The same insert with JPA's numbered parameters, for {@link AuditTrail}. */
  static final String INSERT_WITH_POSITIONS = INSERT
      + IntStream.rangeClosed(1, ARGUMENTS.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", ")) + ")";

  private static final String SYSTEM = "system";
  private static final int KEY_LENGTH = 100;

  private AuditRows() {}

  static List<Object> values(AuditAction action, String recordType, String key, String changes) {
    String shortKey = key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    return Arrays.asList(Timestamp.from(clock().instant()), user(), action.name(), recordType, shortKey, changes);
  }

  /** The application's clock; the system's outside a container (the benchmarks). */
  private static Clock clock() {
    try {
      return CDI.current().select(Clock.class).get();
    } catch (IllegalStateException e) {
      return Clock.systemUTC();
    }
  }

  /**
   * The caller of the request in progress. Entity changes are written when the transaction
   * commits, after the EJB call has returned, so the caller comes from the security context of
   * the thread, not from the EJB's; "system" for a timer or outside a container.
   */
  private static String user() {
    try {
      Principal caller = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return caller == null || "ANONYMOUS".equals(caller.getName()) ? SYSTEM : caller.getName();
    } catch (IllegalStateException e) {
      return SYSTEM;
    }
  }
}
