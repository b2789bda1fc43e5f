package crm.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This running instance of the application, as the send ledger and the claims name it: host,
 * process and a random part, so that a restart or a redeployment in the same process is a new
 * instance whose predecessor's claims are released once its heartbeat lapses.
 */
@ApplicationScoped
public class SendingInstance {

  private final String id = host() + "-" + ProcessHandle.current().pid() + "-"
      + UUID.randomUUID().toString().substring(0, 8);

  public String id() {
    return id;
  }

  private static String host() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name.length() > 60 ? name.substring(0, 60) : name;
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
