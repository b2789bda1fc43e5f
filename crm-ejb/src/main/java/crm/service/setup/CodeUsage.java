package crm.service.setup;

import crm.domain.setup.CodeTable;
import crm.service.shared.References;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Knows where each code table is referenced, to refuse deleting a code that is still in use. */
final class CodeUsage {

  private static final List<String> SALESPERSON_TABLES =
      List.of("contact", "campaign", "segment", "interaction_log_entry", "campaign_entry", "to_do");

  boolean isUsed(EntityManager em, CodeTable table, String code) {
    return switch (table) {
      case JOB_RESPONSIBILITY, BUSINESS_RELATION, INDUSTRY_GROUP, MAILING_GROUP ->
          References.exist(em, "select 1 from contact_code where code_table = ?1 and code = ?2", table.name(), code);
      case CAMPAIGN_STATUS -> References.exist(em, List.of("campaign"), "status_code", code);
      case LANGUAGE ->
          References.exist(em, List.of("contact", "interaction_template_language", "segment"), "language_code", code);
      case INTERACTION_GROUP ->
          References.exist(em, List.of("interaction_template"), "interaction_group_code", code);
    };
  }

  boolean isSalespersonUsed(EntityManager em, String code) {
    return References.exist(em, SALESPERSON_TABLES, "salesperson_code", code);
  }
}
