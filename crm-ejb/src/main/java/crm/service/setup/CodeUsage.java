package crm.service.setup;

import crm.domain.setup.CodeTable;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Knows where each code table is referenced, to refuse deleting a code that is still in use. */
final class CodeUsage {

  private static final List<String> SALESPERSON_COLUMNS =
      List.of("contact", "campaign", "segment", "interaction_log_entry", "campaign_entry");

  boolean isUsed(EntityManager em, CodeTable table, String code) {
    return switch (table) {
      case JOB_RESPONSIBILITY, BUSINESS_RELATION, INDUSTRY_GROUP, MAILING_GROUP ->
          exists(em, "select 1 from contact_code where code_table = ?1 and code = ?2", table.name(), code);
      case CAMPAIGN_STATUS -> exists(em, "select 1 from campaign where status_code = ?1", code);
      case LANGUAGE ->
          exists(em, "select 1 from contact where language_code = ?1", code)
              || exists(em, "select 1 from interaction_template_language where language_code = ?1", code)
              || exists(em, "select 1 from segment where language_code = ?1", code);
      case INTERACTION_GROUP ->
          exists(em, "select 1 from interaction_template where interaction_group_code = ?1", code);
    };
  }

  boolean isSalespersonUsed(EntityManager em, String code) {
    return SALESPERSON_COLUMNS.stream()
        .anyMatch(t -> exists(em, "select 1 from " + t + " where salesperson_code = ?1", code));
  }

  private static boolean exists(EntityManager em, String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return !query.setMaxResults(1).getResultList().isEmpty();
  }
}
