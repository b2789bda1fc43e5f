package crm.service.audit;

import crm.domain.audit.AuditAction;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.inject.spi.CDI;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The one statement that writes an audit entry, and its values: the time from the application's
 * clock and the user of the EJB call that made the change ("system" for the timers).
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

  /** The caller of the EJB call in progress; "system" outside one or for an unauthenticated timer. */
  private static String user() {
    try {
      Principal caller = ((EJBContext) InitialContext.doLookup("java:comp/EJBContext")).getCallerPrincipal();
      return caller == null || "ANONYMOUS".equals(caller.getName()) ? SYSTEM : caller.getName();
    } catch (NamingException | IllegalStateException e) {
      return SYSTEM;
    }
  }
}
