package crm.service.email;

import crm.domain.email.EventClassifier;
import crm.domain.email.MachineSignatures;
import crm.domain.email.TrackingKey;
import crm.domain.email.TrackingKeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tracking settings ({@code crm.tracking.*}, defaults in
 * {@code META-INF/microprofile-config.properties}): the key ring that signs and verifies tokens
 * and the classifier with its time windows. Without configured keys the ring holds the key the
 * application keeps in the database ({@link TrackingKeyStore}); it is built once per instance.
 */
@ApplicationScoped
public class TrackingSettings {

  @Inject
  @ConfigProperty(name = "crm.tracking.keys")
  Optional<String> keys;

  @Inject
  @ConfigProperty(name = "crm.tracking.previous-keys-valid-days")
  int previousKeysValidDays;

  @Inject
  @ConfigProperty(name = "crm.tracking.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "crm.tracking.machine.soon-after-delivery-seconds")
  long soonAfterDeliverySeconds;

  @Inject
  @ConfigProperty(name = "crm.tracking.machine.all-links-window-seconds")
  long allLinksWindowSeconds;

  @Inject TrackingKeyStore store;

  private volatile TrackingKeyRing ring;
  private volatile EventClassifier classifier;

  public TrackingKeyRing keyRing() {
    TrackingKeyRing current = ring;
    if (current == null) {
      current = new TrackingKeyRing(keys.filter(k -> !k.isBlank())
          .map(k -> Arrays.stream(k.split(",")).map(TrackingKey::parse).toList())
          .orElseGet(() -> java.util.List.of(TrackingKey.parse(store.storedKey()))), previousKeysValidDays);
      ring = current;
    }
    return current;
  }

  public EventClassifier classifier() {
    EventClassifier current = classifier;
    if (current == null) {
      current = new EventClassifier(MachineSignatures.reviewed(), Duration.ofSeconds(soonAfterDeliverySeconds),
          Duration.ofSeconds(allLinksWindowSeconds));
      classifier = current;
    }
    return current;
  }

  public Duration allLinksWindow() {
    return Duration.ofSeconds(allLinksWindowSeconds);
  }

  /** The configured public address of the application, used when the marketing setup names none. */
  public String baseUrl() {
    return baseUrl;
  }
}
