package crm.service.email;

import crm.domain.email.TrackedHtml;
import crm.domain.email.TrackedLink;
import crm.domain.setup.MarketingSetup;
import crm.service.mail.DeliveryTracking;
import crm.service.mail.OutboxEmail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Tracks an email as the outbox delivers it (F-53): {@link TrackedHtml} with the tracking base URL
 * of the marketing setup (else {@code crm.tracking.base-url}), and its links recorded in
 * email_link in the delivery's transaction. Tokens are deterministic for a key, so a retry sends
 * the same URLs and records the same links again (idempotent).
 *
 * <p>No role: the mail timer delivers without a caller.
 */
@Stateless
@PermitAll
public class TrackingDelivery implements DeliveryTracking {

  @PersistenceContext private EntityManager em;
  @Inject private TrackingSettings settings;

  @Override
  public OutboxEmail track(OutboxEmail email) {
    TrackedHtml tracked = TrackedHtml.of(email.html(), baseUrl(), email.id(), email.trackedFiles(),
        settings.keyRing()::sign);
    em.createNativeQuery("delete from email_link where email_id = ?1").setParameter(1, email.id()).executeUpdate();
    for (TrackedLink link : tracked.links()) {
      em.createNativeQuery("insert into email_link (email_id, link_no, url, hidden) values (?1, ?2, ?3, ?4)")
          .setParameter(1, email.id()).setParameter(2, link.linkNo())
          .setParameter(3, link.url()).setParameter(4, link.hidden())
          .executeUpdate();
    }
    return email.withHtml(tracked.html());
  }

  private String baseUrl() {
    return Optional.ofNullable(em.find(MarketingSetup.class, MarketingSetup.ID))
        .map(MarketingSetup::getTrackingBaseUrl)
        .filter(url -> !url.isBlank())
        .orElse(settings.baseUrl());
  }
}
