package crm.service.activity;

import crm.domain.activity.Activity;
import crm.domain.security.Roles;
import crm.domain.setup.CodeFormat;
import crm.domain.shared.ConflictException;
import crm.domain.shared.RecordVersion;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Activities (F-14): everyone reads them; marketing staff, managers and administrators write
 * them. Deleting one keeps the to-dos it made (they forget the activity).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class ActivityService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  public Page<Activity> list(ListRequest request) {
    return new Listing<>(em, Activity.class, "code").list(request);
  }

  /** Every activity by code, for a choice. */
  public List<Activity> list() {
    return em.createQuery("select a from Activity a order by a.code", Activity.class).getResultList();
  }

  public Activity get(String code) {
    return Optional.ofNullable(code == null ? null : em.find(Activity.class, code))
        .orElseThrow(() -> new UnknownRecordException("activity.unknown", code));
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public Activity create(String code, Consumer<Activity> values) {
    CodeFormat.check(code);
    if (em.find(Activity.class, code) != null) {
      throw new ConflictException("activity.duplicate", code);
    }
    Activity activity = new Activity(code, session.getCallerPrincipal().getName());
    values.accept(activity);
    activity.check();
    em.persist(activity);
    return activity;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public Activity update(String code, Integer expectedVersion, Consumer<Activity> changes) {
    Activity activity = get(code);
    RecordVersion.check(code, expectedVersion, activity.getVersion());
    changes.accept(activity);
    activity.check();
    return activity;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public void delete(String code) {
    em.remove(get(code));
  }
}
