package crm.domain.segment;

import crm.domain.setup.CodeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link SegmentFilter} into one SQL condition over the {@code contact} table, so that a
 * segment step runs as a single set-based statement in the database (DESIGN.md decision 3). The
 * condition names the contact row by the alias given; all values are bound parameters.
 */
public final class ContactSelection {

  private final SegmentFilter filter;

  public ContactSelection(SegmentFilter filter) {
    this.filter = filter;
  }

  /** The condition "contact {@code alias} matches the filter". */
  public SqlCondition matching(String alias) {
    List<Object> parameters = new ArrayList<>();
    String own = ownCriteria(alias, parameters);
    if (!filter.includeCompanyPersons()) {
      return new SqlCondition(own, parameters);
    }
    String company = ownCriteria("co", parameters);
    String sql =
        "(" + own + " or (" + alias + ".type = 'PERSON' and exists (select 1 from contact co"
            + " where co.no = " + alias + ".company_no and co.type = 'COMPANY' and " + company
            + ")))";
    return new SqlCondition(sql, parameters);
  }

  private String ownCriteria(String c, List<Object> p) {
    List<String> and = new ArrayList<>();
    codes(c, CodeTable.JOB_RESPONSIBILITY, filter.jobResponsibilityCodes(), and, p);
    codes(c, CodeTable.BUSINESS_RELATION, filter.businessRelationCodes(), and, p);
    codes(c, CodeTable.INDUSTRY_GROUP, filter.industryGroupCodes(), and, p);
    codes(c, CodeTable.MAILING_GROUP, filter.mailingGroupCodes(), and, p);
    in(c + ".salesperson_code", filter.salespersonCodes(), and, p);
    in(c + ".country_code", filter.countryCodes(), and, p);
    in(c + ".language_code", filter.languageCodes(), and, p);
    in(c + ".city", filter.cities(), and, p);
    if (filter.contactType() != null) {
      and.add(c + ".type = ?");
      p.add(filter.contactType().name());
    }
    compare(c + ".no >= ?", filter.contactNoFrom(), and, p);
    compare(c + ".no <= ?", filter.contactNoTo(), and, p);
    interaction(c, and, p);
    if (filter.loggedSegmentNo() != null) {
      and.add("exists (select 1 from interaction_log_entry le where le.contact_no = " + c
          + ".no and le.logged_segment_no = ?)");
      p.add(filter.loggedSegmentNo());
    }
    return and.isEmpty() ? "1 = 1" : "(" + String.join(" and ", and) + ")";
  }

  private static void codes(String c, CodeTable table, List<String> codes, List<String> and, List<Object> p) {
    if (codes.isEmpty()) {
      return;
    }
    and.add("exists (select 1 from contact_code cc where cc.contact_no = " + c
        + ".no and cc.code_table = ? and cc.code in (" + marks(codes.size()) + "))");
    p.add(table.name());
    p.addAll(codes);
  }

  private static void in(String column, List<String> values, List<String> and, List<Object> p) {
    if (!values.isEmpty()) {
      and.add(column + " in (" + marks(values.size()) + ")");
      p.addAll(values);
    }
  }

  private static void compare(String sql, String value, List<String> and, List<Object> p) {
    if (value != null && !value.isBlank()) {
      and.add(sql);
      p.add(value);
    }
  }

  private void interaction(String c, List<String> and, List<Object> p) {
    var criterion = filter.interaction();
    if (criterion == null) {
      return;
    }
    StringBuilder sql = new StringBuilder(criterion.had() ? "exists" : "not exists");
    sql.append(" (select 1 from interaction_log_entry ie where ie.contact_no = ").append(c)
        .append(".no and ie.canceled = false and ie.postponed = false");
    if (criterion.templateCode() != null && !criterion.templateCode().isBlank()) {
      sql.append(" and ie.interaction_template_code = ?");
      p.add(criterion.templateCode());
    }
    if (criterion.from() != null) {
      sql.append(" and ie.entry_date >= ?");
      p.add(criterion.from());
    }
    if (criterion.to() != null) {
      sql.append(" and ie.entry_date <= ?");
      p.add(criterion.to());
    }
    and.add(sql.append(")").toString());
  }

  private static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
