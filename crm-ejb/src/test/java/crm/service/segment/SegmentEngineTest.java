package crm.service.segment;

import static crm.domain.segment.CriteriaActionType.ADD;
import static crm.domain.segment.CriteriaActionType.REDUCE;
import static crm.domain.segment.CriteriaActionType.REFINE;
import static crm.service.segment.CronusDatabase.number;
import static crm.service.segment.CronusDatabase.strings;
import static crm.domain.segment.Filters.aFilter;
import static crm.service.segment.Segments.aSegment;
import static crm.service.segment.Segments.contacts;
import static crm.service.segment.Segments.fullLines;
import static crm.service.segment.Segments.lines;
import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.contact.ContactType;
import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.SegmentFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The segment engine on the CRONUS demo data in a real (H2) database. Expectations are
 * computed with plain SQL of their own; only the facts the story names are written down.
 */
class SegmentEngineTest {

  private static final String SEGMENT = "SM00001";
  private static final SegmentFilter PURCHASE = aFilter().jobResponsibilities("PURCHASE").build();
  private static final SegmentFilter PROSPECTS = aFilter().businessRelations("PROS").build();
  private static final LocalDateTime LOGGED_AT = LocalDateTime.of(2026, 11, 23, 10, 15, 30);

  private static CronusDatabase database;
  private Connection connection;
  private SegmentEngine engine;

  @BeforeAll
  static void createDatabase() {
    database = CronusDatabase.create();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    database.close();
  }

  @BeforeEach
  void openTransaction() throws SQLException {
    connection = database.connect();
    engine = new SegmentEngine(connection);
    aSegment(SEGMENT).insert(connection);
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  // ---- independent expectations ------------------------------------------------------------

  /** Contacts that may be put in a segment and have the code, by plain SQL. */
  private List<String> selectableWith(String codeTable, String code) {
    return strings(connection, "select c.no from contact c join contact_code cc on cc.contact_no = c.no"
        + " where cc.code_table = ? and cc.code = ? and not c.exclude_from_segments order by c.no",
        codeTable, code);
  }

  private List<String> selectableContacts() {
    return strings(connection, "select no from contact where not exclude_from_segments order by no");
  }

  private List<String> excludedWith(String codeTable, String code) {
    return strings(connection, "select c.no from contact c join contact_code cc on cc.contact_no = c.no"
        + " where cc.code_table = ? and cc.code = ? and c.exclude_from_segments order by c.no",
        codeTable, code);
  }

  private static List<String> minus(List<String> all, List<String> removed) {
    List<String> rest = new ArrayList<>(all);
    rest.removeAll(removed);
    return rest;
  }

  private static List<String> intersection(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    both.retainAll(new HashSet<>(b));
    return both;
  }

  private static List<String> sorted(Iterable<String> values) {
    List<String> list = new ArrayList<>();
    values.forEach(list::add);
    list.sort(null);
    return list;
  }

  private long lastLineNo(String segmentNo) {
    return number(connection, "select last_line_no from segment where no = ?", segmentNo);
  }

  // ---- Add ---------------------------------------------------------------------------------

  @Test
  void addingPurchaseAddsTheFiftySevenPurchasersButNoneExcludedFromSegments() {
    int added = engine.add(SEGMENT, 1, PURCHASE);

    List<String> purchasers = selectableWith("JOB_RESPONSIBILITY", "PURCHASE");
    List<String> excluded = excludedWith("JOB_RESPONSIBILITY", "PURCHASE");
    assertThat(added).isEqualTo(57);
    assertThat(engine.lineCount(SEGMENT)).isEqualTo(57);
    assertThat(purchasers).hasSize(57);
    assertThat(contacts(connection, SEGMENT)).isEqualTo(purchasers);
    assertThat(excluded).hasSize(3);
    assertThat(contacts(connection, SEGMENT)).doesNotContainAnyElementsOf(excluded);
  }

  @Test
  void addedLinesAreNumberedInContactOrderAndCarryNoInteractionValuesOfTheirOwn() {
    engine.add(SEGMENT, 1, PURCHASE);

    List<Segments.Line> lines = lines(connection, SEGMENT);
    assertThat(lines).extracting(Segments.Line::contactNo).isSorted();
    assertThat(lines).extracting(Segments.Line::lineNo).doesNotHaveDuplicates();
    assertThat(lastLineNo(SEGMENT)).isGreaterThanOrEqualTo(lines.get(lines.size() - 1).lineNo());
    assertThat(number(connection, "select count(*) from segment_line where segment_no = ?"
        + " and (interaction_template_code is not null or subject is not null"
        + " or language_code is not null or correspondence_type is not null)", SEGMENT)).isZero();
    assertThat(number(connection, "select count(*) from segment_line l join contact c on c.no = l.contact_no"
        + " where l.segment_no = ? and coalesce(l.contact_company_no, '-') <> coalesce(c.company_no, '-')",
        SEGMENT)).isZero();
  }

  @Test
  void addedLinesTakeTheCampaignTargetOfTheHeader() {
    Segments.insertCampaign(connection, "CP0001");
    aSegment("SM00002").campaign("CP0001").campaignTarget().insert(connection);

    engine.add("SM00002", 1, PURCHASE);

    assertThat(number(connection, "select count(*) from segment_line where segment_no = ?"
        + " and campaign_target", "SM00002")).isEqualTo(57);
    assertThat(number(connection, "select count(*) from segment_line where segment_no = ?"
        + " and campaign_target", SEGMENT)).isZero();
  }

  @Test
  void addingAgainWithoutAllowingExistingContactsAddsNothing() {
    engine.add(SEGMENT, 1, PURCHASE);
    List<List<Object>> before = fullLines(connection, SEGMENT);

    int added = engine.add(SEGMENT, 2, PURCHASE);

    assertThat(added).isZero();
    assertThat(fullLines(connection, SEGMENT)).isEqualTo(before);
  }

  @Test
  void addingAgainWithAllowExistingContactsAddsEveryContactASecondTime() {
    engine.add(SEGMENT, 1, PURCHASE);

    int added = engine.add(SEGMENT, 2, aFilter().jobResponsibilities("PURCHASE").allowExistingContacts().build());

    List<String> purchasers = selectableWith("JOB_RESPONSIBILITY", "PURCHASE");
    List<String> twice = new ArrayList<>(purchasers);
    twice.addAll(purchasers);
    assertThat(added).isEqualTo(57);
    assertThat(engine.lineCount(SEGMENT)).isEqualTo(114);
    assertThat(contacts(connection, SEGMENT)).isEqualTo(sorted(twice));
    assertThat(lines(connection, SEGMENT)).extracting(Segments.Line::lineNo).doesNotHaveDuplicates();
  }

  @Test
  void addingSkipsOnlyTheContactsAlreadyInTheSegment() {
    engine.add(SEGMENT, 1, PURCHASE);

    int added = engine.add(SEGMENT, 2, aFilter().jobResponsibilities("PURCHASE", "SALES").build());

    List<String> purchasers = selectableWith("JOB_RESPONSIBILITY", "PURCHASE");
    List<String> salesNotPurchase = minus(selectableWith("JOB_RESPONSIBILITY", "SALES"), purchasers);
    assertThat(salesNotPurchase).isNotEmpty();
    assertThat(added).isEqualTo(salesNotPurchase.size());
    assertThat(contacts(connection, SEGMENT))
        .isEqualTo(sorted(concat(purchasers, salesNotPurchase)));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void valuesOfOneListAreOredAndListsAreAnded() {
    SegmentFilter filter =
        aFilter().jobResponsibilities("PURCHASE", "SALES").languages("FRA", "DAN").build();

    engine.add(SEGMENT, 1, filter);

    List<String> expected = strings(connection, "select distinct c.no from contact c"
        + " join contact_code cc on cc.contact_no = c.no and cc.code_table = 'JOB_RESPONSIBILITY'"
        + " where (cc.code = 'PURCHASE' or cc.code = 'SALES')"
        + " and (c.language_code = 'FRA' or c.language_code = 'DAN')"
        + " and not c.exclude_from_segments order by c.no");
    assertThat(expected).isNotEmpty();
    assertThat(contacts(connection, SEGMENT)).isEqualTo(expected);
  }

  @Test
  void aValueThatLooksLikeSqlMatchesNothing() {
    int added = engine.add(SEGMENT, 1, aFilter().jobResponsibilities("x' or '1'='1").build());

    assertThat(added).isZero();
    assertThat(number(connection, "select count(*) from contact")).isEqualTo(198);
  }

  @Test
  void anEmptyFilterAddsEveryContactThatMayBeInASegment() {
    int added = engine.add(SEGMENT, 1, aFilter().build());

    assertThat(added).isEqualTo(198 - 3);
    assertThat(contacts(connection, SEGMENT)).isEqualTo(selectableContacts());
  }

  @Test
  void includeCompanyPersonsAddsTheMatchingCompaniesAndTheirPersons() {
    int added = engine.add(SEGMENT, 1, aFilter().businessRelations("CUST").includeCompanyPersons().build());

    List<String> customers = strings(connection, "select c.no from contact c where c.type = 'COMPANY'"
        + " and not c.exclude_from_segments and exists (select 1 from contact_code cc"
        + " where cc.contact_no = c.no and cc.code_table = 'BUSINESS_RELATION' and cc.code = 'CUST')");
    List<String> theirPersons = strings(connection, "select p.no from contact p join contact_code cc"
        + " on cc.contact_no = p.company_no and cc.code_table = 'BUSINESS_RELATION' and cc.code = 'CUST'"
        + " where p.type = 'PERSON' and not p.exclude_from_segments");
    List<String> customerPersons = strings(connection, "select p.no from contact p join contact_code cc"
        + " on cc.contact_no = p.no and cc.code_table = 'BUSINESS_RELATION' and cc.code = 'CUST'"
        + " where p.type = 'PERSON' and not p.exclude_from_segments");
    Set<String> expected = new TreeSet<>(customers);
    expected.addAll(theirPersons);
    expected.addAll(customerPersons);
    assertThat(customers).isNotEmpty();
    assertThat(theirPersons).isNotEmpty();
    assertThat(added).isEqualTo(expected.size());
    assertThat(contacts(connection, SEGMENT)).isEqualTo(List.copyOf(expected))
        .containsAll(customers).containsAll(theirPersons);
  }

  @Test
  void includeCompanyPersonsReachesPersonsThroughACodeOnlyTheirCompanyHas() {
    List<String> itCompanies = selectableWith("INDUSTRY_GROUP", "IT");
    List<String> theirPersons = strings(connection, "select p.no from contact p join contact_code cc"
        + " on cc.contact_no = p.company_no and cc.code_table = 'INDUSTRY_GROUP' and cc.code = 'IT'"
        + " where p.type = 'PERSON' and not p.exclude_from_segments");
    assertThat(theirPersons).isNotEmpty();

    int companiesOnly = engine.add(SEGMENT, 1, aFilter().industryGroups("IT").build());
    aSegment("SM00002").insert(connection);
    int withPersons = engine.add("SM00002", 1, aFilter().industryGroups("IT").includeCompanyPersons().build());

    assertThat(companiesOnly).isEqualTo(itCompanies.size());
    assertThat(contacts(connection, SEGMENT)).isEqualTo(itCompanies);
    assertThat(withPersons).isEqualTo(itCompanies.size() + theirPersons.size());
    assertThat(contacts(connection, "SM00002")).isEqualTo(sorted(concat(itCompanies, theirPersons)));
  }

  @Test
  void allowRelatedCompaniesAddsTheCompaniesOfThePersonsAddedOnce() {
    List<String> purchasers = selectableWith("JOB_RESPONSIBILITY", "PURCHASE");
    List<String> theirCompanies = strings(connection, "select distinct co.no from contact co join contact p"
        + " on p.company_no = co.no join contact_code cc on cc.contact_no = p.no"
        + " and cc.code_table = 'JOB_RESPONSIBILITY' and cc.code = 'PURCHASE'"
        + " where p.type = 'PERSON' and not p.exclude_from_segments and not co.exclude_from_segments"
        + " and co.type = 'COMPANY' order by co.no");
    assertThat(theirCompanies).isNotEmpty().doesNotContainAnyElementsOf(purchasers);
    SegmentFilter withCompanies = aFilter().jobResponsibilities("PURCHASE").allowRelatedCompanies().build();

    long previewed = engine.preview(SEGMENT, ADD, withCompanies);
    int added = engine.add(SEGMENT, 1, withCompanies);

    assertThat(added).isEqualTo(purchasers.size() + theirCompanies.size()).isEqualTo((int) previewed);
    assertThat(contacts(connection, SEGMENT)).isEqualTo(sorted(concat(purchasers, theirCompanies)));
    assertThat(engine.add(SEGMENT, 2, withCompanies)).as("no contact twice").isZero();
  }

  @Test
  void goBackAfterAddWithRelatedCompaniesRestoresExactlyTheLinesBefore() {
    engine.add(SEGMENT, 1, PROSPECTS);
    List<List<Object>> before = fullLines(connection, SEGMENT);
    int added = engine.add(SEGMENT, 2, aFilter().jobResponsibilities("PURCHASE").allowRelatedCompanies().build());
    assertThat(added).isPositive();

    engine.undo(SEGMENT, 2, ADD);

    assertThat(fullLines(connection, SEGMENT)).isEqualTo(before);
  }

  @Test
  void onlyPersonsLeavesTheCompaniesOut() {
    engine.add(SEGMENT, 1, aFilter().businessRelations("CUST").type(ContactType.PERSON).build());

    assertThat(number(connection, "select count(*) from segment_line l join contact c on c.no = l.contact_no"
        + " where l.segment_no = ? and c.type <> 'PERSON'", SEGMENT)).isZero();
    assertThat(engine.lineCount(SEGMENT)).isEqualTo(strings(connection, "select p.no from contact p"
        + " join contact_code cc on cc.contact_no = p.no and cc.code_table = 'BUSINESS_RELATION'"
        + " and cc.code = 'CUST' where p.type = 'PERSON' and not p.exclude_from_segments").size());
  }

  // ---- Reduce, Refine, Go Back -------------------------------------------------------------

  @Test
  void reducingByProspectsLeavesThirtySevenAndNoProspect() {
    engine.add(SEGMENT, 1, PURCHASE);

    int removed = engine.remove(SEGMENT, 2, REDUCE, PROSPECTS);

    assertThat(removed).isEqualTo(20);
    assertThat(engine.lineCount(SEGMENT)).isEqualTo(37);
    assertThat(number(connection, "select count(*) from segment_line l join contact_code cc"
        + " on cc.contact_no = l.contact_no where l.segment_no = ? and cc.code_table = 'BUSINESS_RELATION'"
        + " and cc.code = 'PROS'", SEGMENT)).isZero();
    assertThat(contacts(connection, SEGMENT)).isEqualTo(
        minus(selectableWith("JOB_RESPONSIBILITY", "PURCHASE"), selectableWith("BUSINESS_RELATION", "PROS")));
  }

  @Test
  void goBackRestoresExactlyTheLinesBeforeTheReduce() {
    engine.add(SEGMENT, 1, PURCHASE);
    List<Segments.Line> before = lines(connection, SEGMENT);
    List<List<Object>> fullBefore = fullLines(connection, SEGMENT);
    engine.remove(SEGMENT, 2, REDUCE, PROSPECTS);

    engine.undo(SEGMENT, 2, REDUCE);

    assertThat(lines(connection, SEGMENT)).isEqualTo(before);
    assertThat(fullLines(connection, SEGMENT)).isEqualTo(fullBefore);
    assertThat(number(connection, "select count(*) from removed_segment_line where segment_no = ?",
        SEGMENT)).isZero();
  }

  @Test
  void reducingAgainAfterGoBackRemovesTheSameContactsAgain() {
    engine.add(SEGMENT, 1, PURCHASE);
    engine.remove(SEGMENT, 2, REDUCE, PROSPECTS);
    List<Segments.Line> reduced = lines(connection, SEGMENT);
    engine.undo(SEGMENT, 2, REDUCE);

    int removed = engine.remove(SEGMENT, 2, REDUCE, PROSPECTS);

    assertThat(removed).isEqualTo(20);
    assertThat(engine.lineCount(SEGMENT)).isEqualTo(37);
    assertThat(lines(connection, SEGMENT)).isEqualTo(reduced);
  }

  @Test
  void refiningKeepsOnlyTheMatchingContacts() {
    engine.add(SEGMENT, 1, PURCHASE);
    List<String> purchasers = selectableWith("JOB_RESPONSIBILITY", "PURCHASE");
    List<String> inBritain = strings(connection, "select no from contact where country_code = 'GB'");
    List<String> kept = intersection(purchasers, inBritain);
    assertThat(kept).isNotEmpty().hasSizeLessThan(purchasers.size());

    int removed = engine.remove(SEGMENT, 2, REFINE, aFilter().countries("GB").build());

    assertThat(removed).isEqualTo(purchasers.size() - kept.size());
    assertThat(contacts(connection, SEGMENT)).isEqualTo(kept);
  }

  @Test
  void goBackAfterRefineRestoresExactlyTheLinesBeforeIt() {
    engine.add(SEGMENT, 1, PURCHASE);
    List<List<Object>> before = fullLines(connection, SEGMENT);
    engine.remove(SEGMENT, 2, REFINE, aFilter().countries("GB").build());

    engine.undo(SEGMENT, 2, REFINE);

    assertThat(fullLines(connection, SEGMENT)).isEqualTo(before);
  }

  @Test
  void goBackAfterAddRemovesOnlyTheLinesOfThatAdd() {
    engine.add(SEGMENT, 1, PURCHASE);
    List<List<Object>> before = fullLines(connection, SEGMENT);
    engine.add(SEGMENT, 2, aFilter().jobResponsibilities("SALES").build());

    engine.undo(SEGMENT, 2, ADD);

    assertThat(fullLines(connection, SEGMENT)).isEqualTo(before);
  }

  @Test
  void goingBackStepByStepRestoresEveryEarlierStateDownToTheEmptySegment() {
    List<SegmentFilter> filters = List.of(
        PURCHASE,
        PROSPECTS,
        aFilter().jobResponsibilities("MGMT", "IT").build(),
        aFilter().languages("ENU", "DAN", "FRA").build(),
        aFilter().businessRelations("CUST").allowExistingContacts().build(),
        aFilter().countries("GB").build(),
        aFilter().industryGroups("IT").includeCompanyPersons().build());
    List<CriteriaActionType> types = List.of(ADD, REDUCE, ADD, REFINE, ADD, REDUCE, ADD);
    List<List<List<Object>>> states = new ArrayList<>();
    states.add(fullLines(connection, SEGMENT));
    for (int step = 0; step < filters.size(); step++) {
      int actionNo = step + 1;
      if (types.get(step) == ADD) {
        engine.add(SEGMENT, actionNo, filters.get(step));
      } else {
        engine.remove(SEGMENT, actionNo, types.get(step), filters.get(step));
      }
      states.add(fullLines(connection, SEGMENT));
    }
    assertThat(states).doesNotHaveDuplicates();

    for (int actionNo = filters.size(); actionNo >= 1; actionNo--) {
      engine.undo(SEGMENT, actionNo, types.get(actionNo - 1));

      assertThat(fullLines(connection, SEGMENT))
          .as("lines after going back over action %d", actionNo)
          .isEqualTo(states.get(actionNo - 1));
    }
    assertThat(engine.lineCount(SEGMENT)).isZero();
    assertThat(number(connection, "select count(*) from removed_segment_line where segment_no = ?",
        SEGMENT)).isZero();
  }

  @Test
  void goBackDeletesTheCriteriaActionItUndoes() {
    engine.add(SEGMENT, 1, PURCHASE);
    insertCriteriaAction(1, "ADD", PURCHASE);
    engine.remove(SEGMENT, 2, REDUCE, PROSPECTS);
    insertCriteriaAction(2, "REDUCE", PROSPECTS);

    engine.undo(SEGMENT, 2, REDUCE);

    assertThat(strings(connection, "select action_no from criteria_action where segment_no = ?", SEGMENT))
        .containsExactly("1");
  }

  private void insertCriteriaAction(int actionNo, String type, SegmentFilter filter) {
    CronusDatabase.execute(connection, "insert into criteria_action (segment_no, action_no, action,"
            + " filter, lines_after) values (?, ?, ?, ?, ?)",
        SEGMENT, actionNo, type, FilterJson.write(filter), (int) engine.lineCount(SEGMENT));
  }

  @Test
  void stepsOnOneSegmentLeaveOtherSegmentsAlone() {
    aSegment("SM00002").insert(connection);
    engine.add(SEGMENT, 1, PURCHASE);
    engine.add("SM00002", 1, PURCHASE);
    List<List<Object>> other = fullLines(connection, "SM00002");

    engine.remove(SEGMENT, 2, REDUCE, PROSPECTS);
    engine.remove(SEGMENT, 3, REFINE, aFilter().countries("GB").build());
    engine.undo(SEGMENT, 3, REFINE);
    engine.undo(SEGMENT, 2, REDUCE);
    engine.undo(SEGMENT, 1, ADD);

    assertThat(engine.lineCount(SEGMENT)).isZero();
    assertThat(fullLines(connection, "SM00002")).isEqualTo(other);
  }

  @Test
  void lineNumbersKeepGrowingPastTheIntegerRangeAfterManyAddsAndGoBacks() {
    // Go Back never lowers last_line_no, so a long-lived segment's numbers pass 2^31 - 1.
    CronusDatabase.execute(connection, "update segment set last_line_no = ? where no = ?",
        Integer.MAX_VALUE - 5_000L, SEGMENT);

    int added = engine.add(SEGMENT, 1, PURCHASE);

    assertThat(added).isEqualTo(57);
    assertThat(engine.lineCount(SEGMENT)).isEqualTo(57);
    assertThat(lastLineNo(SEGMENT)).isGreaterThan(Integer.MAX_VALUE);
  }

  // ---- Preview -----------------------------------------------------------------------------

  @Test
  void previewOfAnAddCountsWhatTheAddThenAddsAndChangesNothing() {
    long preview = engine.preview(SEGMENT, ADD, PURCHASE);

    assertThat(engine.lineCount(SEGMENT)).isZero();
    assertThat(lastLineNo(SEGMENT)).isZero();
    assertThat(preview).isEqualTo(engine.add(SEGMENT, 1, PURCHASE));
  }

  @Test
  void previewOfAnAddLeavesOutContactsAlreadyThereUnlessAllowed() {
    engine.add(SEGMENT, 1, PURCHASE);
    SegmentFilter purchaseOrSales = aFilter().jobResponsibilities("PURCHASE", "SALES").build();
    SegmentFilter again = aFilter().jobResponsibilities("PURCHASE").allowExistingContacts().build();

    assertThat(engine.preview(SEGMENT, ADD, PURCHASE)).isZero();
    assertThat(engine.preview(SEGMENT, ADD, again)).isEqualTo(57);
    long preview = engine.preview(SEGMENT, ADD, purchaseOrSales);
    assertThat(preview).isEqualTo(engine.add(SEGMENT, 2, purchaseOrSales));
  }

  @Test
  void previewOfAReduceCountsWhatTheReduceThenRemovesAndChangesNothing() {
    engine.add(SEGMENT, 1, PURCHASE);
    List<List<Object>> before = fullLines(connection, SEGMENT);
    long lastLineNo = lastLineNo(SEGMENT);

    long preview = engine.preview(SEGMENT, REDUCE, PROSPECTS);

    assertThat(preview).isEqualTo(20);
    assertThat(fullLines(connection, SEGMENT)).isEqualTo(before);
    assertThat(lastLineNo(SEGMENT)).isEqualTo(lastLineNo);
    assertThat(number(connection, "select count(*) from removed_segment_line")).isZero();
    assertThat(engine.remove(SEGMENT, 2, REDUCE, PROSPECTS)).isEqualTo(preview);
  }

  @Test
  void previewOfARefineCountsWhatTheRefineThenRemovesAndChangesNothing() {
    engine.add(SEGMENT, 1, PURCHASE);
    SegmentFilter inBritain = aFilter().countries("GB").build();
    List<List<Object>> before = fullLines(connection, SEGMENT);

    long preview = engine.preview(SEGMENT, REFINE, inBritain);

    assertThat(fullLines(connection, SEGMENT)).isEqualTo(before);
    assertThat(preview).isPositive();
    assertThat(engine.remove(SEGMENT, 2, REFINE, inBritain)).isEqualTo(preview);
  }

  // ---- Interaction history and logged segments ----------------------------------------------

  /** Fills SM00009 with the purchasers, logs it with BUS and answers the logged contacts. */
  private List<String> logPurchasersWithBus(String loggedSegmentNo) {
    aSegment("SM00009").template("BUS").language("ENU").insert(connection);
    engine.add("SM00009", 1, PURCHASE);
    new SegmentLogger(connection).log("SM00009", loggedSegmentNo, LOGGED_AT, "tester");
    return strings(connection, "select distinct contact_no from interaction_log_entry"
        + " where logged_segment_no = ? and interaction_template_code = 'BUS' order by contact_no",
        loggedSegmentNo);
  }

  @Test
  void hadInteractionSelectsExactlyTheContactsLoggedWithTheTemplate() {
    List<String> logged = logPurchasersWithBus("LSEG00001");

    int added = engine.add(SEGMENT, 1, aFilter().interaction("BUS", null, null, true).build());

    assertThat(logged).hasSize(57);
    assertThat(added).isEqualTo(logged.size());
    assertThat(contacts(connection, SEGMENT)).isEqualTo(logged);
  }

  @Test
  void hadNotInteractionSelectsEveryOtherContact() {
    List<String> logged = logPurchasersWithBus("LSEG00001");

    engine.add(SEGMENT, 1, aFilter().interaction("BUS", null, null, false).build());

    assertThat(contacts(connection, SEGMENT)).isEqualTo(minus(selectableContacts(), logged));
  }

  @Test
  void theInteractionMustFallBetweenTheDates() {
    List<String> logged = logPurchasersWithBus("LSEG00001");
    LocalDate day = LOGGED_AT.toLocalDate();

    assertThat(engine.preview(SEGMENT, ADD, aFilter().interaction("BUS", day, day, true).build()))
        .isEqualTo(logged.size());
    assertThat(engine.preview(SEGMENT, ADD, aFilter().interaction("BUS", day.minusDays(30), null, true).build()))
        .isEqualTo(logged.size());
    assertThat(engine.preview(SEGMENT, ADD, aFilter().interaction("BUS", day.plusDays(1), null, true).build()))
        .isZero();
    assertThat(engine.preview(SEGMENT, ADD, aFilter().interaction("BUS", null, day.minusDays(1), true).build()))
        .isZero();
    assertThat(engine.preview(SEGMENT, ADD, aFilter().interaction("EMAIL", null, null, true).build()))
        .isZero();
  }

  @Test
  void canceledInteractionsDoNotCount() {
    logPurchasersWithBus("LSEG00001");
    new SegmentLogger(connection).cancel("LSEG00001");

    assertThat(engine.preview(SEGMENT, ADD, aFilter().interaction("BUS", null, null, true).build())).isZero();
    assertThat(engine.preview(SEGMENT, ADD, aFilter().interaction("BUS", null, null, false).build()))
        .isEqualTo(selectableContacts().size());
  }

  @Test
  void reducingByHadInteractionRemovesTheContactsAlreadyWrittenTo() {
    logPurchasersWithBus("LSEG00001");
    engine.add(SEGMENT, 1, aFilter().jobResponsibilities("PURCHASE", "SALES").build());

    engine.remove(SEGMENT, 2, REDUCE, aFilter().interaction("BUS", null, null, true).build());

    assertThat(contacts(connection, SEGMENT)).isEqualTo(
        minus(selectableWith("JOB_RESPONSIBILITY", "SALES"), selectableWith("JOB_RESPONSIBILITY", "PURCHASE")));
  }

  @Test
  void reusingALoggedSegmentAddsItsContacts() {
    List<String> logged = logPurchasersWithBus("LSEG00001");

    int added = engine.add(SEGMENT, 1, SegmentFilter.ofLoggedSegment("LSEG00001"));

    assertThat(added).isEqualTo(logged.size());
    assertThat(contacts(connection, SEGMENT)).isEqualTo(logged);
  }
}
