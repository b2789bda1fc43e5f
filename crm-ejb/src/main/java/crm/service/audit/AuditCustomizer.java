package crm.service.audit;

import crm.domain.audit.Audited;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Puts the audit listener on every entity marked {@link Audited} when the persistence unit starts
 * (persistence.xml, {@code eclipselink.session.customizer}): one mechanism for every audited
 * record, no code in the services.
 */
public class AuditCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      Audited audited = descriptor.getJavaClass().getAnnotation(Audited.class);
      if (audited != null) {
        descriptor.getEventManager().addListener(new AuditListener(audited));
      }
    }
  }
}
