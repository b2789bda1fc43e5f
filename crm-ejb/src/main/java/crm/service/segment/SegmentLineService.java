package crm.service.segment;

import crm.domain.security.Roles;
import crm.domain.segment.Segment;
import crm.domain.segment.SegmentLine;
import crm.domain.shared.UnknownRecordException;
import crm.service.contact.ContactService;
import crm.service.letter.MergeText;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A segment's lines one by one (F-21): listed, added by hand after the last line, given their own
 * interaction values or letter, deleted. Only while the segment is not logged; the lines the
 * criteria actions add and remove in sets are {@link SegmentEngine}'s.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SegmentLineService {

  @PersistenceContext private EntityManager em;
  @Inject private SegmentService segments;
  @Inject private ContactService contacts;
  @Inject private SegmentChecks checks;

  public Page<SegmentLine> lines(String no, ListRequest request) {
    segments.get(no);
    return new Listing<>(em, SegmentLine.class, "lineNo").list(request.whereEqual("segmentNo", no));
  }

  public SegmentLine getLine(String no, long lineNo) {
    return Optional.ofNullable(em.find(SegmentLine.class, new SegmentLine.Key(no, lineNo)))
        .orElseThrow(() -> new UnknownRecordException("segmentLine.unknown", no, lineNo));
  }

  /** Adds one contact by hand, after the last line. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public SegmentLine addLine(String no, String contactNo, Consumer<SegmentLine> values) {
    Segment segment = segments.get(no);
    segment.checkNotLogged();
    var contact = contacts.get(contactNo);
    em.createNativeQuery("update segment set last_line_no = last_line_no + 10000 where no = ?1")
        .setParameter(1, no).executeUpdate();
    long lineNo = ((Number) em.createNativeQuery("select last_line_no from segment where no = ?1")
        .setParameter(1, no).getSingleResult()).longValue();
    SegmentLine line = new SegmentLine(no, lineNo, contactNo);
    line.setContactCompanyNo(contact.getCompanyNo());
    line.setCampaignTarget(segment.isCampaignTarget());
    line.setCampaignResponse(segment.isCampaignResponse());
    values.accept(line);
    check(line);
    em.persist(line);
    return line;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public SegmentLine updateLine(String no, long lineNo, Consumer<SegmentLine> changes) {
    segments.get(no).checkNotLogged();
    SegmentLine line = getLine(no, lineNo);
    changes.accept(line);
    check(line);
    return line;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public void deleteLine(String no, long lineNo) {
    segments.get(no).checkNotLogged();
    em.remove(getLine(no, lineNo));
  }

  private void check(SegmentLine line) {
    checks.templateAndLanguage(line.getInteractionTemplateCode(), line.getLanguageCode());
    MergeText.check(line.getSubject());
    MergeText.check(line.getLetterSubject());
    MergeText.check(line.getLetterBody());
  }
}
