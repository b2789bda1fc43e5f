package crm.service.segment;

import crm.domain.security.Roles;
import crm.domain.segment.LoggedSegment;
import crm.domain.segment.Segment;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.ConflictException;
import crm.domain.shared.RecordVersion;
import crm.domain.shared.UnknownRecordException;
import crm.service.setup.NumberSeriesService;
import crm.service.setup.RecordDefaults;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * Segment headers (F-20, F-26), their lines one by one being {@link SegmentLineService}'s. Lines
 * carry interaction values only where the user overrode the header; campaign target and response
 * are copied to every line and follow the header when it changes.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SegmentService {

  @PersistenceContext private EntityManager em;
  @Inject private NumberSeriesService numberSeries;
  @Inject private SegmentChecks checks;
  @Inject private RecordDefaults defaults;

  public Page<Segment> list(ListRequest request) {
    return new Listing<>(em, Segment.class, "no").list(request);
  }

  public Segment get(String no) {
    return Optional.ofNullable(em.find(Segment.class, no))
        .orElseThrow(() -> new UnknownRecordException("segment.unknown", no));
  }

  /** The No. of Lines and No. of Criteria Actions of the given segments, in two grouped queries. */
  public Map<String, SegmentCounts> counts(Collection<String> nos) {
    Map<String, SegmentCounts> counts = new HashMap<>();
    if (nos.isEmpty()) {
      return counts;
    }
    nos.forEach(no -> counts.put(no, new SegmentCounts(0, 0)));
    countBy("SegmentLine", nos).forEach((no, n) -> counts.put(no, new SegmentCounts(n, 0)));
    countBy("CriteriaAction", nos).forEach((no, n) -> counts.put(no, new SegmentCounts(counts.get(no).lines(), n)));
    return counts;
  }

  /** A segment's No. of Lines and No. of Criteria Actions. */
  public record SegmentCounts(long lines, long criteriaActions) {}

  private Map<String, Long> countBy(String entity, Collection<String> nos) {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery("select e.segmentNo, count(e) from " + entity + " e where e.segmentNo in :nos group by e.segmentNo",
        Object[].class).setParameter("nos", nos).getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
    return counts;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public Segment create(String no, Consumer<Segment> values) {
    String number = no == null || no.isBlank() ? numberSeries.next(NumberSeries.SEGMENT) : no;
    if (em.find(Segment.class, number) != null) {
      throw new ConflictException("segment.duplicate", number);
    }
    Segment segment = new Segment(number);
    values.accept(segment);
    if (segment.getSalespersonCode() == null || segment.getSalespersonCode().isBlank()) {
      segment.setSalespersonCode(defaults.callerSalespersonCode()); // F-05
    }
    checks.header(segment);
    em.persist(segment);
    return segment;
  }

  /**
   * Changes the header. When its interaction values change while some lines have their own,
   * {@code overwriteLineValues} decides: true clears the lines' own values, false keeps them,
   * null refuses and asks the user to choose (the ERP's confirmation).
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public Segment update(String no, Integer expectedVersion, Boolean overwriteLineValues, Consumer<Segment> changes) {
    Segment segment = get(no);
    segment.checkNotLogged();
    RecordVersion.check(no, expectedVersion, segment.getVersion());
    HeaderInteraction before = HeaderInteraction.of(segment);
    changes.accept(segment);
    checks.header(segment);
    List<String> changed = before.columnsChangedIn(HeaderInteraction.of(segment));
    if (!changed.isEmpty()) {
      flowInteractionToLines(segment, changed, overwriteLineValues);
    }
    em.createNativeQuery("update segment_line set campaign_target = ?1, campaign_response = ?2 where segment_no = ?3")
        .setParameter(1, segment.isCampaignTarget()).setParameter(2, segment.isCampaignResponse())
        .setParameter(3, no).executeUpdate();
    return segment;
  }

  /**
   * Deletes a segment with its lines and criteria actions. A logged segment's source stays while
   * its logged segment exists (that one is deleted first, once canceled); a logged segment whose
   * follow-up segment is deleted forgets it.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public void delete(String no) {
    Segment segment = get(no);
    String loggedNo = segment.getLoggedSegmentNo();
    if (loggedNo != null && em.find(LoggedSegment.class, loggedNo) != null) {
      throw new ConflictException("segment.deleteLogged", no, loggedNo);
    }
    em.createNativeQuery("update logged_segment set follow_up_segment_no = null where follow_up_segment_no = ?1")
        .setParameter(1, no).executeUpdate();
    em.remove(segment);
  }

  /** The lines' own values of the changed header fields give way to the header's, as the user decides. */
  private void flowInteractionToLines(Segment segment, List<String> columns, Boolean overwriteLineValues) {
    long own = ((Number) em.createNativeQuery("select count(*) from segment_line where segment_no = ?1 and ("
            + columns.stream().map(c -> c + " is not null").collect(Collectors.joining(" or ")) + ")")
        .setParameter(1, segment.getNo()).getSingleResult()).longValue();
    if (own == 0 || Boolean.FALSE.equals(overwriteLineValues)) {
      return;
    }
    if (overwriteLineValues == null) {
      throw new ConflictException("segment.linesHaveOwnInteraction", segment.getNo(), own);
    }
    em.createNativeQuery("update segment_line set "
            + columns.stream().map(c -> c + " = null").collect(Collectors.joining(", ")) + " where segment_no = ?1")
        .setParameter(1, segment.getNo()).executeUpdate();
  }
}
