package crm.service.setup;

import crm.domain.security.Roles;
import crm.domain.setup.NumberSeries;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Hands out business numbers (F-03). The series row is locked until the caller's transaction
 * ends, so numbers are never given twice, and a rolled-back transaction gives its number back:
 * no gaps.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class NumberSeriesService {

  @PersistenceContext private EntityManager em;

  /**
   * The next number of the series, within the caller's transaction. Any role: the service that
   * creates the record checks who may (a salesperson numbers their own to-dos).
   */
  public String next(String seriesCode) {
    return lock(seriesCode).takeNext();
  }

  /** Takes {@code count} numbers at once (rows numbered set-based) and answers the first. */
  public String next(String seriesCode, int count) {
    return lock(seriesCode).takeNext(count);
  }

  private NumberSeries lock(String seriesCode) {
    NumberSeries series = em.find(NumberSeries.class, seriesCode, LockModeType.PESSIMISTIC_WRITE);
    if (series == null) {
      throw new UnknownRecordException("numberSeries.unknown", seriesCode);
    }
    return series;
  }

  public List<NumberSeries> list() {
    return em.createQuery("select n from NumberSeries n order by n.code", NumberSeries.class)
        .getResultList();
  }

  /**
   * Changes the description and the starting number of a series; a new starting number is the
   * next number handed out (see {@link NumberSeries#restartAt}).
   */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public NumberSeries update(String code, String description, String startingNo) {
    NumberSeries series = em.find(NumberSeries.class, code, LockModeType.PESSIMISTIC_WRITE);
    if (series == null) {
      throw new UnknownRecordException("numberSeries.unknown", code);
    }
    if (description == null || description.isBlank() || description.length() > 100) {
      throw new InvalidInputException("code.badDescription");
    }
    series.restartAt(startingNo);
    series.setDescription(description);
    return series;
  }
}
