package crm.service.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sender mailbox the reply job reads ({@code crm.mail.imap.*}, F-55; defaults in
 * {@code META-INF/microprofile-config.properties}). Without a host the job is off.
 */
@ApplicationScoped
public class ReplySettings {

  @Inject @ConfigProperty(name = "crm.mail.imap.host") Optional<String> host;
  @Inject @ConfigProperty(name = "crm.mail.imap.port") int port;
  @Inject @ConfigProperty(name = "crm.mail.imap.user") Optional<String> user;
  @Inject @ConfigProperty(name = "crm.mail.imap.password") Optional<String> password;
  @Inject @ConfigProperty(name = "crm.mail.imap.folder") String folder;
  @Inject @ConfigProperty(name = "crm.mail.imap.ssl") boolean ssl;
  @Inject @ConfigProperty(name = "crm.mail.imap.timeout-seconds") int timeoutSeconds;

  /** Whether a mailbox is configured: the reply job does nothing otherwise. */
  public boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public String folder() {
    return folder;
  }

  /** A connected store of the mailbox; the caller closes it. */
  Store connect() throws MessagingException {
    String protocol = ssl ? "imaps" : "imap";
    Properties properties = new Properties();
    String timeout = String.valueOf(timeoutSeconds * 1000L);
    properties.setProperty("mail." + protocol + ".connectiontimeout", timeout);
    properties.setProperty("mail." + protocol + ".timeout", timeout);
    Store store = Session.getInstance(properties).getStore(protocol);
    store.connect(host.orElseThrow(), port, user.orElse(null), password.orElse(null));
    return store;
  }
}
