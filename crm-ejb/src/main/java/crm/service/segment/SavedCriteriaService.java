package crm.service.segment;

import crm.domain.security.Roles;
import crm.domain.segment.SavedCriteria;
import crm.domain.segment.SavedCriteriaAction;
import crm.domain.segment.Segment;
import crm.domain.setup.CodeFormat;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Saved criteria (F-25): a segment's steps kept under a code, and replayed on another segment on
 * today's data, each as a step of that segment ({@link SegmentCriteriaService#apply}).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class SavedCriteriaService {

  @PersistenceContext private EntityManager em;
  @Inject private SegmentCriteriaService segmentSteps;

  /** Saves the segment's steps under a code, for Reuse Criteria. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public SavedCriteria saveCriteria(String segmentNo, String code, String description) {
    CodeFormat.check(code);
    if (em.find(SavedCriteria.class, code) != null) {
      throw new ConflictException("savedCriteria.duplicate", code);
    }
    requireSegmentEntity(segmentNo);
    if (segmentSteps.actions(segmentNo).isEmpty()) {
      throw new InvalidInputException("savedCriteria.noSteps", segmentNo);
    }
    SavedCriteria saved = new SavedCriteria(code, description == null || description.isBlank() ? code : description);
    em.persist(saved);
    em.flush();
    em.createNativeQuery("insert into saved_criteria_action (criteria_code, action_no, action, description, filter)"
            + " select ?1, action_no, action, description, filter from criteria_action where segment_no = ?2")
        .setParameter(1, code).setParameter(2, segmentNo).executeUpdate();
    return saved;
  }

  public List<SavedCriteria> listSavedCriteria() {
    return em.createQuery("select c from SavedCriteria c order by c.code", SavedCriteria.class).getResultList();
  }

  /** Replays saved criteria on today's data; each step becomes a step of this segment. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public long reuseCriteria(String segmentNo, String code) {
    if (em.find(SavedCriteria.class, code) == null) {
      throw new UnknownRecordException("savedCriteria.unknown", code);
    }
    List<SavedCriteriaAction> steps = em.createQuery("select a from SavedCriteriaAction a"
            + " where a.criteriaCode = :code order by a.actionNo", SavedCriteriaAction.class)
        .setParameter("code", code).getResultList();
    long lines = 0;
    for (SavedCriteriaAction step : steps) {
      lines = segmentSteps.apply(segmentNo, step.getAction(), FilterJson.read(step.getFilter()));
    }
    return lines;
  }

  private void requireSegmentEntity(String segmentNo) {
    if (em.find(Segment.class, segmentNo) == null) {
      throw new UnknownRecordException("segment.unknown", segmentNo);
    }
  }
}
