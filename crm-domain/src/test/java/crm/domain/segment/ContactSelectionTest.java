package crm.domain.segment;

import static crm.domain.segment.Filters.aFilter;
import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.contact.ContactType;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContactSelectionTest {

  private static final String HOSTILE = "x' or '1'='1";
  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);

  private static SqlCondition matching(SegmentFilter filter) {
    return new ContactSelection(filter).matching("c");
  }

  private static long placeholders(String sql) {
    return sql.chars().filter(ch -> ch == '?').count();
  }

  private static int occurrences(String sql, String part) {
    return sql.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void anEmptyFilterMatchesEveryContact() {
    SqlCondition condition = matching(aFilter().build());

    assertThat(condition.sql()).isEqualTo("1 = 1");
    assertThat(condition.parameters()).isEmpty();
  }

  @Test
  void theValuesOfOneListAreOredInOneInList() {
    SqlCondition condition = matching(aFilter().jobResponsibilities("PURCHASE", "SALES", "IT").build());

    assertThat(occurrences(condition.sql(), "exists")).isEqualTo(1);
    assertThat(occurrences(condition.sql(), " in (")).isEqualTo(1);
    assertThat(condition.sql()).contains("cc.code_table = ? and cc.code in (?, ?, ?)");
    assertThat(condition.sql()).doesNotContain(" or ");
    assertThat(condition.parameters())
        .containsExactly("JOB_RESPONSIBILITY", "PURCHASE", "SALES", "IT");
  }

  @Test
  void differentListsAreAnded() {
    SqlCondition condition =
        matching(aFilter().jobResponsibilities("PURCHASE").businessRelations("PROS", "CUST")
            .countries("GB", "DK").build());

    assertThat(condition.sql())
        .matches("\\(exists \\(.*cc\\.code in \\(\\?\\)\\) and exists \\(.*cc\\.code in \\(\\?, \\?\\)\\)"
            + " and c\\.country_code in \\(\\?, \\?\\)\\)");
    assertThat(condition.sql()).doesNotContain(" or ");
    assertThat(condition.parameters())
        .containsExactly("JOB_RESPONSIBILITY", "PURCHASE", "BUSINESS_RELATION", "PROS", "CUST", "GB", "DK");
  }

  @Test
  void everyCodeTableIsLookedUpUnderItsOwnName() {
    SqlCondition condition =
        matching(aFilter().jobResponsibilities("PURCHASE").businessRelations("PROS")
            .industryGroups("RETAIL").mailingGroups("XMAS").build());

    assertThat(condition.parameters())
        .containsExactly("JOB_RESPONSIBILITY", "PURCHASE", "BUSINESS_RELATION", "PROS",
            "INDUSTRY_GROUP", "RETAIL", "MAILING_GROUP", "XMAS");
    assertThat(occurrences(condition.sql(), "exists (select 1 from contact_code cc")).isEqualTo(4);
  }

  @Test
  void everyValueIsABoundParameterNeverPartOfTheSql() {
    SegmentFilter filter =
        aFilter().jobResponsibilities(HOSTILE).businessRelations(HOSTILE).industryGroups(HOSTILE)
            .mailingGroups(HOSTILE).salespeople(HOSTILE).countries(HOSTILE).languages(HOSTILE)
            .cities(HOSTILE).contactNos(HOSTILE, HOSTILE).interaction(HOSTILE, FROM, TO, true)
            .loggedSegment(HOSTILE).build();

    SqlCondition condition = matching(filter);

    assertThat(condition.sql()).doesNotContain("'").doesNotContain("x'").doesNotContain("1'='1");
    assertThat(condition.parameters()).filteredOn(HOSTILE::equals).hasSize(12);
    assertThat(placeholders(condition.sql())).isEqualTo(condition.parameters().size());
  }

  @Test
  void theCompanyPartBindsItsValuesToo() {
    SegmentFilter filter =
        aFilter().businessRelations(HOSTILE).cities(HOSTILE).includeCompanyPersons().build();

    SqlCondition condition = matching(filter);

    assertThat(condition.sql()).doesNotContain(HOSTILE).doesNotContain("1'='1");
    assertThat(condition.parameters()).filteredOn(HOSTILE::equals).hasSize(4);
    assertThat(placeholders(condition.sql())).isEqualTo(condition.parameters().size());
  }

  @Test
  void theSimpleListsBecomeInListsOnTheContactsColumns() {
    SqlCondition condition =
        matching(aFilter().salespeople("JO", "PS").countries("GB").languages("ENU", "FRA")
            .cities("London").build());

    assertThat(condition.sql())
        .isEqualTo("(c.salesperson_code in (?, ?) and c.country_code in (?)"
            + " and c.language_code in (?, ?) and c.city in (?))");
    assertThat(condition.parameters()).containsExactly("JO", "PS", "GB", "ENU", "FRA", "London");
  }

  @Test
  void contactTypeAndNumberRangeAreBound() {
    SqlCondition condition =
        matching(aFilter().type(ContactType.PERSON).contactNos("CT000010", "CT000020").build());

    assertThat(condition.sql()).isEqualTo("(c.type = ? and c.no >= ? and c.no <= ?)");
    assertThat(condition.parameters()).containsExactly("PERSON", "CT000010", "CT000020");
  }

  @Test
  void aBlankOrMissingEndOfTheNumberRangeIsOpen() {
    SqlCondition from = matching(aFilter().contactNos("CT000010", " ").build());
    SqlCondition to = matching(aFilter().contactNos(null, "CT000020").build());

    assertThat(from.sql()).isEqualTo("(c.no >= ?)");
    assertThat(from.parameters()).containsExactly("CT000010");
    assertThat(to.sql()).isEqualTo("(c.no <= ?)");
    assertThat(to.parameters()).containsExactly("CT000020");
  }

  @Test
  void theConditionNamesTheContactByTheAliasGiven() {
    SegmentFilter filter =
        aFilter().jobResponsibilities("PURCHASE").countries("GB").interaction("BUS", null, null, true)
            .loggedSegment("LSEG00001").includeCompanyPersons().build();

    String sql = new ContactSelection(filter).matching("x").sql();

    assertThat(sql).contains("cc.contact_no = x.no", "x.country_code in", "ie.contact_no = x.no",
        "le.contact_no = x.no", "co.no = x.company_no", "x.type = 'PERSON'");
    assertThat(sql).doesNotContainPattern("\\bc\\.");
  }

  @Test
  void includeCompanyPersonsAlsoMatchesThePersonsOfAMatchingCompany() {
    SqlCondition condition =
        matching(aFilter().businessRelations("CUST").includeCompanyPersons().build());

    assertThat(condition.sql())
        .startsWith("((exists (select 1 from contact_code cc where cc.contact_no = c.no")
        .contains(" or (c.type = 'PERSON' and exists (select 1 from contact co"
            + " where co.no = c.company_no and co.type = 'COMPANY' and (exists (select 1 from"
            + " contact_code cc where cc.contact_no = co.no");
    assertThat(condition.parameters())
        .containsExactly("BUSINESS_RELATION", "CUST", "BUSINESS_RELATION", "CUST");
  }

  @Test
  void withoutIncludeCompanyPersonsThereIsNoCompanySubquery() {
    SqlCondition condition = matching(aFilter().businessRelations("CUST").build());

    assertThat(condition.sql()).doesNotContain("contact co").doesNotContain(" or ");
    assertThat(condition.parameters()).containsExactly("BUSINESS_RELATION", "CUST");
  }

  @Test
  void hadAnInteractionLooksForAnUncanceledEntryWithTheTemplateBetweenTheDates() {
    SqlCondition condition = matching(aFilter().interaction("BUS", FROM, TO, true).build());

    assertThat(condition.sql())
        .isEqualTo("(exists (select 1 from interaction_log_entry ie where ie.contact_no = c.no"
            + " and ie.canceled = false and ie.postponed = false and ie.interaction_template_code = ?"
            + " and ie.entry_date >= ? and ie.entry_date <= ?))");
    assertThat(condition.parameters()).containsExactly("BUS", FROM, TO);
  }

  @Test
  void hadNotAnInteractionIsTheNegation() {
    SqlCondition condition = matching(aFilter().interaction("BUS", FROM, TO, false).build());

    assertThat(condition.sql())
        .isEqualTo("(not exists (select 1 from interaction_log_entry ie where ie.contact_no = c.no"
            + " and ie.canceled = false and ie.postponed = false and ie.interaction_template_code = ?"
            + " and ie.entry_date >= ? and ie.entry_date <= ?))");
    assertThat(condition.parameters()).containsExactly("BUS", FROM, TO);
  }

  @Test
  void anInteractionCriterionWithoutDatesOrTemplateIsOpenOnThoseSides() {
    SqlCondition anyTime = matching(aFilter().interaction("BUS", null, null, true).build());
    SqlCondition anyTemplateSince = matching(aFilter().interaction(" ", FROM, null, false).build());

    assertThat(anyTime.sql()).doesNotContain("entry_date");
    assertThat(anyTime.parameters()).containsExactly("BUS");
    assertThat(anyTemplateSince.sql())
        .startsWith("(not exists")
        .contains("ie.entry_date >= ?")
        .doesNotContain("interaction_template_code")
        .doesNotContain("entry_date <=");
    assertThat(anyTemplateSince.parameters()).containsExactly(FROM);
  }

  @Test
  void aLoggedSegmentSelectsTheContactsOfItsEntries() {
    SqlCondition condition = matching(SegmentFilter.ofLoggedSegment("LSEG00001"));

    assertThat(condition.sql())
        .isEqualTo("(exists (select 1 from interaction_log_entry le where le.contact_no = c.no"
            + " and le.logged_segment_no = ?))");
    assertThat(condition.parameters()).containsExactly("LSEG00001");
  }

  @Test
  void theFactoryFiltersSelectOneCodeTable() {
    assertThat(matching(SegmentFilter.ofJobResponsibilities("PURCHASE")).parameters())
        .containsExactly("JOB_RESPONSIBILITY", "PURCHASE");
    assertThat(matching(SegmentFilter.ofBusinessRelations("PROS", "CUST")).parameters())
        .containsExactly("BUSINESS_RELATION", "PROS", "CUST");
  }

  @Test
  void aFilterOnCodesNumbersAndInteractionsIsTestedOnANumberWithoutTheContactRow() {
    SegmentFilter filter = aFilter().businessRelations("PROS").contactNos("CT000010", "CT000090")
        .interaction("BUS", FROM, TO, true).loggedSegment("LSEG00001").build();
    ContactSelection selection = new ContactSelection(filter);

    SqlCondition condition = selection.matchingNumber("l.contact_no");

    assertThat(selection.readsOnlyTheNumber()).isTrue();
    assertThat(condition.sql()).doesNotContainPattern("\\bc\\.").contains("cc.contact_no = l.contact_no")
        .contains("l.contact_no >= ?").contains("ie.contact_no = l.contact_no").contains("le.contact_no = l.contact_no");
    assertThat(condition.parameters()).isEqualTo(matching(filter).parameters());
    assertThat(condition.sql().replace("l.contact_no", "c.no")).isEqualTo(matching(filter).sql());
  }

  @Test
  void aFilterOnTheContactsColumnsNeedsTheContactRow() {
    for (SegmentFilter filter : java.util.List.of(aFilter().salespeople("SP01").build(), aFilter().countries("DE").build(),
        aFilter().languages("FRA").build(), aFilter().cities("Paris").build(), aFilter().type(ContactType.PERSON).build(),
        aFilter().businessRelations("PROS").includeCompanyPersons().build())) {
      ContactSelection selection = new ContactSelection(filter);

      assertThat(selection.readsOnlyTheNumber()).as("%s", filter).isFalse();
      org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> selection.matchingNumber("l.contact_no"));
    }
  }
}
