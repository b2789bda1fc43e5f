package crm.service.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail settings ({@code crm.mail.*}, defaults in {@code META-INF/microprofile-config.properties})
 * and the Jakarta Mail session built from them. The session is built here rather than looked up
 * as a server resource so that one set of environment variables configures Payara Micro and
 * Payara Server alike (DESIGN.md decision 7).
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.port")
  int port;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.starttls")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.timeout-seconds")
  int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "crm.mail.outbox-dir")
  String outboxDir;

  @Inject
  @ConfigProperty(name = "crm.mail.retry.base-delay-seconds")
  long baseDelaySeconds;

  @Inject
  @ConfigProperty(name = "crm.mail.retry.max-delay-seconds")
  long maxDelaySeconds;

  @Inject
  @ConfigProperty(name = "crm.mail.retry.window-hours")
  long windowHours;

  @Inject
  @ConfigProperty(name = "crm.mail.dispatch.batch-size")
  int batchSize;

  @Inject
  @ConfigProperty(name = "crm.mail.dispatch.claim-seconds")
  long claimSeconds;

  @Inject
  @ConfigProperty(name = "crm.mail.dispatch.heartbeat-lapse-seconds")
  long heartbeatLapseSeconds;

  private Session session;

  @PostConstruct
  void buildSession() {
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    host.ifPresent(h -> properties.setProperty("mail.smtp.host", h));
    properties.setProperty("mail.smtp.port", Integer.toString(port));
    String timeout = Long.toString(Duration.ofSeconds(timeoutSeconds).toMillis());
    properties.setProperty("mail.smtp.connectiontimeout", timeout);
    properties.setProperty("mail.smtp.timeout", timeout);
    properties.setProperty("mail.smtp.writetimeout", timeout);
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
    properties.setProperty("mail.smtp.auth", Boolean.toString(user.isPresent()));
    session = Session.getInstance(properties, user.map(this::authenticator).orElse(null));
  }

  /** The session to compose messages with and, when an SMTP host is set, to send them. */
  public Session session() {
    return session;
  }

  /** False in the zero-setup demo: messages then go to {@link #outboxDir()} as .eml files. */
  public boolean smtpConfigured() {
    return host.isPresent();
  }

  public Path outboxDir() {
    return Path.of(outboxDir);
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(Duration.ofSeconds(baseDelaySeconds), Duration.ofSeconds(maxDelaySeconds),
        Duration.ofHours(windowHours));
  }

  public int batchSize() {
    return batchSize;
  }

  public Duration claimTimeout() {
    return Duration.ofSeconds(claimSeconds);
  }

  /** An instance whose heartbeat is older than this is taken for dead and its claims released. */
  public Duration heartbeatLapse() {
    return Duration.ofSeconds(heartbeatLapseSeconds);
  }

  private Authenticator authenticator(String name) {
    PasswordAuthentication credentials = new PasswordAuthentication(name, password.orElse(""));
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return credentials;
      }
    };
  }
}
