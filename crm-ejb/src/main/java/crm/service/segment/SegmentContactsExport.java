package crm.service.segment;

import crm.domain.contact.Contact;
import crm.domain.security.Roles;
import crm.service.contact.ContactExportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;

/** The contacts of a segment as a CSV file in the contact import's format (F-04), page by page. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SegmentContactsExport {

  private static final String CONTACTS = "select c from Contact c where c.no in"
      + " (select l.contactNo from SegmentLine l where l.segmentNo = :segment)";

  @PersistenceContext private EntityManager em;
  @Inject private SegmentService segments;
  @Inject private ContactExportService export;

  /** Refused for an unknown segment before anything is written. */
  public void export(String segmentNo, OutputStream out) {
    segments.get(segmentNo);
    export.export((after, size) -> (after == null
        ? em.createQuery(CONTACTS + " order by c.no", Contact.class)
        : em.createQuery(CONTACTS + " and c.no > :after order by c.no", Contact.class).setParameter("after", after))
        .setParameter("segment", segmentNo).setMaxResults(size).getResultList(), out);
  }
}
