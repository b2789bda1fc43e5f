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
    String own = ownCriteria(alias, alias + ".no", parameters);
    if (!filter.includeCompanyPersons()) {
      return new SqlCondition(own, parameters);
    }
    String company = ownCriteria("co", "co.no", parameters);
    String sql =
        "(" + own + " or (" + alias + ".type = 'PERSON' and exists (select 1 from contact co"
            + " where co.no = " + alias + ".company_no and co.type = 'COMPANY' and " + company
            + ")))";
    return new SqlCondition(sql, parameters);
  }

  /**
   * The contacts an Add puts in the segment: those matching and, with {@code
   * allowRelatedCompanies}, the company of every person matching that may be put in a segment.
   */
  public SqlCondition added(String alias) {
    SqlCondition own = matching(alias);
    if (!filter.allowRelatedCompanies()) {
      return own;
    }
    SqlCondition person = matching("rp");
    List<Object> parameters = new ArrayList<>(own.parameters());
    parameters.addAll(person.parameters());
    String sql = "(" + own.sql() + " or (" + alias + ".type = 'COMPANY' and exists (select 1 from contact rp"
        + " where rp.company_no = " + alias + ".no and rp.type = 'PERSON' and rp.exclude_from_segments = false"
        + " and " + person.sql() + ")))";
    return new SqlCondition(sql, parameters);
  }

  /**
   * Whether the filter asks only about the contact's number, its codes and its interactions, so
   * that a contact number (a segment line's) is enough to test it, without reading the contact.
   */
  public boolean readsOnlyTheNumber() {
    return !filter.includeCompanyPersons() && filter.salespersonCodes().isEmpty() && filter.countryCodes().isEmpty()
        && filter.languageCodes().isEmpty() && filter.cities().isEmpty() && filter.contactType() == null;
  }

  /** The condition "the contact numbered {@code number} matches", for a filter that {@link #readsOnlyTheNumber}. */
  public SqlCondition matchingNumber(String number) {
    if (!readsOnlyTheNumber()) {
      throw new IllegalStateException("the filter reads the contact's columns");
    }
    List<Object> parameters = new ArrayList<>();
    return new SqlCondition(ownCriteria(null, number, parameters), parameters);
  }

  /** The own criteria of contact {@code c} (its columns), numbered {@code no} (an expression). */
  private String ownCriteria(String c, String no, List<Object> p) {
    List<String> and = new ArrayList<>();
    codes(no, CodeTable.JOB_RESPONSIBILITY, filter.jobResponsibilityCodes(), and, p);
    codes(no, CodeTable.BUSINESS_RELATION, filter.businessRelationCodes(), and, p);
    codes(no, CodeTable.INDUSTRY_GROUP, filter.industryGroupCodes(), and, p);
    codes(no, CodeTable.MAILING_GROUP, filter.mailingGroupCodes(), and, p);
    in(c + ".salesperson_code", filter.salespersonCodes(), and, p);
    in(c + ".country_code", filter.countryCodes(), and, p);
    in(c + ".language_code", filter.languageCodes(), and, p);
    in(c + ".city", filter.cities(), and, p);
    if (filter.contactType() != null) {
      and.add(c + ".type = ?");
      p.add(filter.contactType().name());
    }
    compare(no + " >= ?", filter.contactNoFrom(), and, p);
    compare(no + " <= ?", filter.contactNoTo(), and, p);
    interaction(no, and, p);
    if (filter.loggedSegmentNo() != null) {
      and.add("exists (select 1 from interaction_log_entry le where le.contact_no = " + no
          + " and le.logged_segment_no = ?)");
      p.add(filter.loggedSegmentNo());
    }
    return and.isEmpty() ? "1 = 1" : "(" + String.join(" and ", and) + ")";
  }

  private static void codes(String no, CodeTable table, List<String> codes, List<String> and, List<Object> p) {
    if (codes.isEmpty()) {
      return;
    }
    and.add("exists (select 1 from contact_code cc where cc.contact_no = " + no
        + " and cc.code_table = ? and cc.code in (" + marks(codes.size()) + "))");
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

  private void interaction(String no, List<String> and, List<Object> p) {
    var criterion = filter.interaction();
    if (criterion == null) {
      return;
    }
    StringBuilder sql = new StringBuilder(criterion.had() ? "exists" : "not exists");
    sql.append(" (select 1 from interaction_log_entry ie where ie.contact_no = ").append(no)
        .append(" and ie.canceled = false and ie.postponed = false");
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
