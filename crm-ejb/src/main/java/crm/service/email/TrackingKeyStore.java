package crm.service.email;

import crm.domain.email.TrackingKey;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The tracking key the application keeps in the database when none is configured (table
 * tracking_key, one row). The first instance that needs it writes it in a transaction of its own;
 * an instance that loses that race reads the winner's.
 *
 * <p>No role: tracking URLs are opened without a login (F-75) and sending runs in the mail timer.
 */
@Stateless
@PermitAll
public class TrackingKeyStore {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The stored key as {@code yyyy-mm-dd:secret}, generated on first use. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String storedKey() {
    TrackingKeyStore self = context.getBusinessObject(TrackingKeyStore.class);
    try {
      return self.readOrCreate();
    } catch (EJBException e) {
      return self.readOrCreate();
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String readOrCreate() {
    List<?> rows = em.createNativeQuery("select secret, created_at from tracking_key where id = 1").getResultList();
    if (!rows.isEmpty()) {
      Object[] row = (Object[]) rows.get(0);
      return date(row[1]) + ":" + row[0];
    }
    Instant now = clock.instant();
    String secret = TrackingKey.newSecret(new SecureRandom());
    em.createNativeQuery("insert into tracking_key (id, secret, created_at) values (1, ?1, ?2)")
        .setParameter(1, secret).setParameter(2, Timestamp.from(now)).executeUpdate();
    return now.atOffset(ZoneOffset.UTC).toLocalDate() + ":" + secret;
  }

  private static String date(Object createdAt) {
    Instant instant = createdAt instanceof Timestamp t ? t.toInstant()
        : createdAt instanceof java.time.OffsetDateTime o ? o.toInstant() : Instant.parse(createdAt.toString());
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
