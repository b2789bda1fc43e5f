package crm.service.mail;

import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells a permanent delivery failure from a temporary one. SMTP says so with its reply codes:
 * 5xx is permanent (unknown recipient, message refused), 4xx and a server that cannot be
 * reached are temporary. Jakarta Mail carries the server's reply as the message of the SMTP
 * exception nested in the one thrown, and its code classes live in the implementation (Angus),
 * so the reply text is read rather than the implementation's types. An address that cannot even
 * be parsed is permanent too.
 */
final class DeliveryFailure {

  private static final Pattern PERMANENT_REPLY = Pattern.compile("^5\\d\\d[ \\-].*", Pattern.DOTALL);
  /** Mail exceptions nest a few deep; the bound guards against a cause cycle. */
  private static final int MAX_DEPTH = 10;

  private DeliveryFailure() {}

  static boolean isPermanent(Exception failure) {
    return chain(failure).stream().anyMatch(e -> e instanceof AddressException
        || e.getMessage() != null && PERMANENT_REPLY.matcher(e.getMessage().strip()).matches());
  }

  /** The whole chain in one line for the outbox console: "MailConnectException: …; ConnectException: …". */
  static String describe(Exception failure) {
    return chain(failure).stream()
        .map(e -> e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip()))
        .distinct()
        .collect(Collectors.joining("; "));
  }

  /** The exception and its causes; a MessagingException's cause is its "next exception". */
  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable e = failure; e != null && chain.size() < MAX_DEPTH; e = e.getCause()) {
      chain.add(e);
    }
    return chain;
  }
}
