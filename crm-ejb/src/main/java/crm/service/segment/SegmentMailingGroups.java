package crm.service.segment;

import crm.domain.security.Roles;
import crm.domain.setup.CodeTable;
import crm.domain.shared.InvalidInputException;
import crm.service.setup.CodeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Apply Mailing Group (Business Central's segment action): every contact of a segment gets the
 * mailing group, in one {@code INSERT … SELECT} that skips the contacts that already have it, so
 * a segment of any size costs one statement and applying twice changes nothing.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class SegmentMailingGroups {

  @PersistenceContext private EntityManager em;
  @Inject private SegmentService segments;
  @Inject private CodeService codes;

  /** Gives the segment's contacts the mailing group; answers how many contacts got it now. */
  public int apply(String segmentNo, String mailingGroupCode) {
    segments.get(segmentNo);
    if (mailingGroupCode == null || mailingGroupCode.isBlank()) {
      throw new InvalidInputException("segment.mailingGroupRequired");
    }
    String code = mailingGroupCode.strip();
    if (codes.find(CodeTable.MAILING_GROUP, code).isEmpty()) {
      throw new InvalidInputException("segment.unknownMailingGroup", code);
    }
    return em.createNativeQuery("insert into contact_code (contact_no, code_table, code)"
            + " select distinct l.contact_no, ?1, ?2 from segment_line l where l.segment_no = ?3"
            + " and not exists (select 1 from contact_code cc where cc.contact_no = l.contact_no"
            + " and cc.code_table = ?4 and cc.code = ?5)")
        .setParameter(1, CodeTable.MAILING_GROUP.name()).setParameter(2, code).setParameter(3, segmentNo)
        .setParameter(4, CodeTable.MAILING_GROUP.name()).setParameter(5, code)
        .executeUpdate();
  }
}
