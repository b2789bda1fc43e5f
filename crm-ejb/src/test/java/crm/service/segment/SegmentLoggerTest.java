package crm.service.segment;

import static crm.service.segment.CronusDatabase.execute;
import static crm.service.segment.CronusDatabase.number;
import static crm.service.segment.CronusDatabase.rows;
import static crm.service.segment.CronusDatabase.strings;
import static crm.domain.segment.Filters.aFilter;
import static crm.service.segment.Segments.aSegment;
import static crm.service.segment.Segments.contacts;
import static crm.service.segment.Segments.fullLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crm.domain.letter.Letterhead;
import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.SegmentFilter;
import crm.domain.setup.EmailFallback;
import crm.domain.shared.InvalidInputException;
import crm.service.email.BulkEmails;
import crm.service.progress.ProgressReport;
import crm.service.shared.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging segments (F-27, F-28) on the CRONUS demo data in a real (H2) database. */
class SegmentLoggerTest {

  private static final String SEGMENT = "SM00001";
  private static final String LOGGED = "LSEG00001";
  private static final String CAMPAIGN = "CP0001";
  private static final String SUBJECT = "Thank you for visiting the trade show";
  private static final SegmentFilter PURCHASE = aFilter().jobResponsibilities("PURCHASE").build();
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 15, 30, 123_000_000);

  private static CronusDatabase database;
  private Connection connection;
  private SegmentEngine engine;
  private SegmentLogger logger;

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
    logger = new SegmentLogger(connection);
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  /** The segment of the story: the purchasers, to get the BUS letter. */
  private Segments busLetterTo() {
    return aSegment(SEGMENT).template("BUS").subject(SUBJECT).salesperson("HR");
  }

  private void addPurchasers(String segmentNo) {
    engine.add(segmentNo, 1, PURCHASE);
  }

  private List<String> entryContacts(String loggedSegmentNo) {
    return strings(connection, "select contact_no from interaction_log_entry where logged_segment_no = ?"
        + " order by contact_no", loggedSegmentNo);
  }

  private Map<String, String> entryColumnByContact(String column, String loggedSegmentNo) {
    Map<String, String> values = new HashMap<>();
    for (List<Object> row : rows(connection, "select contact_no, " + column
        + " from interaction_log_entry where logged_segment_no = ?", loggedSegmentNo)) {
      values.put((String) row.get(0), (String) row.get(1));
    }
    return values;
  }

  private int lineNoOfFirstContactWithLanguage(String languageCode) {
    return (int) number(connection, "select min(l.line_no) from segment_line l join contact c"
        + " on c.no = l.contact_no where l.segment_no = ? and c.language_code = ?", SEGMENT, languageCode);
  }

  // ---- log ---------------------------------------------------------------------------------

  @Test
  void logWritesOneInteractionLogEntryPerLine() {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);

    SegmentLogger.Result result = logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(result.interactions()).isEqualTo(57);
    assertThat(number(connection, "select count(*) from interaction_log_entry where logged_segment_no = ?",
        LOGGED)).isEqualTo(engine.lineCount(SEGMENT));
    assertThat(entryContacts(LOGGED)).isEqualTo(contacts(connection, SEGMENT));
  }

  @Test
  void withAttachmentsEachEntryIsWrittenAsWhatItSendsAndGetsItsLetterOrEmailOnTheDemoDatabaseToo()
      throws SQLException {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);
    execute(connection, "update contact set correspondence_type = 'EMAIL', email = coalesce(email, lower(no) ||"
        + " '@example.com') where no like '%1' or no like '%3' or no like '%5'");
    execute(connection, "update contact set allow_tracking = false where no like '%3'");
    LocalDateTime beforeWork = LocalDateTime.of(2026, 11, 23, 5, 0);

    long entries = logger.log(SEGMENT, LOGGED, beforeWork, "marketing.manager", new LineSending(EmailFallback.LETTER))
        .interactions();
    Letterhead letterhead = new Letterhead("CRONUS", List.of("5 The Ring", "London"), "+44",
        "marketing@cronus.example", "www.cronus.example", "London");
    SegmentAttachments.Sent sent = new SegmentAttachments(connection, new SegmentAttachments.Settings(letterhead, "A4",
        "marketing@cronus.example", "CRONUS Marketing", new BulkEmails.Settings(true, true, "marketing.manager",
            beforeWork.toInstant(ZoneOffset.UTC), ZoneOffset.UTC)), ForkJoinPool.commonPool())
        .prepare(LOGGED, entries, beforeWork, ProgressReport.NONE);

    assertThat(sent.letters()).isPositive();
    assertThat(sent.emails()).isPositive();
    assertThat(number(connection, "select count(*) from sent_letter s join interaction_log_entry e on e.entry_no = s.entry_no"
        + " where e.logged_segment_no = ? and e.correspondence_type = 'HARD_COPY' and e.delivery_status = 'PRINTED'",
        LOGGED)).isEqualTo(sent.letters());
    assertThat(number(connection, "select count(*) from interaction_log_entry e join email m on m.id = e.email_id"
        + " join email_recipient r on r.email_id = m.id join outbox_message o on o.email_id = m.id"
        + " where e.logged_segment_no = ? and e.correspondence_type = 'EMAIL' and m.status = e.delivery_status"
        + " and o.status = e.delivery_status and r.entry_no = e.entry_no", LOGGED)).isEqualTo(sent.emails());
    assertThat(number(connection, "select count(*) from interaction_log_entry where logged_segment_no = ?"
        + " and delivery_status = 'SCHEDULED'", LOGGED)).as("emails waiting for their contacts' working hours")
        .isPositive();
    assertThat(rows(connection, "select distinct m.tracking, c.allow_tracking from email m join contact c"
        + " on c.no = m.contact_no where m.logged_segment_no = ? order by 1", LOGGED))
        .as("tracked as the setup says, unless the contact does not allow it")
        .containsExactly(List.of("BLOCKED", false), List.of("ON", true));
  }

  @Test
  void everyEntryCarriesTheTemplatesCostDurationAndDefaults() {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(rows(connection, "select distinct cost, duration, interaction_template_code,"
            + " interaction_group_code, information_flow, initiated_by"
            + " from interaction_log_entry where logged_segment_no = ?", LOGGED))
        .isEqualTo(rows(connection, "select unit_cost, unit_duration, code, interaction_group_code,"
            + " information_flow, initiated_by from interaction_template where code = 'BUS'"));
    assertThat(rows(connection, "select distinct entry_date, entry_time, description, subject, salesperson_code,"
            + " segment_no, user_id, canceled, campaign_no from interaction_log_entry"
            + " where logged_segment_no = ?", LOGGED))
        .containsExactly(Arrays.asList(Date.valueOf(NOW.toLocalDate()),
            Time.valueOf(LocalTime.of(10, 15, 30)), "Visitors at the FUTURUS trade show", SUBJECT, "HR", SEGMENT,
            "marketing.manager", false, null));
  }

  @Test
  void aLinesOwnDescriptionGoesToItsEntryAndTheOthersTakeTheHeadersAsItIsWhenLogged() {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);
    int own = lineNoOfFirstContactWithLanguage("ENU");
    execute(connection, "update segment_line set description = 'Asked for a demo unit' where segment_no = ? and line_no = ?",
        SEGMENT, own);
    execute(connection, "update segment set description = 'Spring fair visitors' where no = ?", SEGMENT);

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    String ownContact = strings(connection, "select contact_no from segment_line where segment_no = ? and line_no = ?",
        SEGMENT, own).get(0);
    Map<String, String> descriptions = entryColumnByContact("description", LOGGED);
    assertThat(descriptions.remove(ownContact)).isEqualTo("Asked for a demo unit");
    assertThat(Set.copyOf(descriptions.values())).containsExactly("Spring fair visitors");
  }

  @Test
  void logRecordsTheLoggedSegmentAndMarksTheSegmentLogged() {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(rows(connection, "select segment_no, no_of_interactions, no_of_campaign_entries,"
            + " logged_by, canceled, follow_up_segment_no from logged_segment where no = ?", LOGGED))
        .hasSize(1)
        .first()
        .satisfies(row -> {
          assertThat(row.get(0)).isEqualTo(SEGMENT);
          assertThat(row.get(1)).isEqualTo(57);
          assertThat(row.get(2)).isEqualTo(0);
          assertThat(row.get(3)).isEqualTo("marketing.manager");
          assertThat(row.get(4)).isEqualTo(false);
          assertThat(row.get(5)).isNull();
        });
    assertThat(strings(connection, "select logged_segment_no from segment where no = ?", SEGMENT))
        .containsExactly(LOGGED);
  }

  @Test
  void aLinesOwnTemplateWinsOverTheHeaders() {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);
    int coverSheetLine = (int) number(connection, "select min(line_no) from segment_line where segment_no = ?", SEGMENT);
    String coverSheetContact = strings(connection, "select contact_no from segment_line where segment_no = ?"
        + " and line_no = ?", SEGMENT, coverSheetLine).get(0);
    execute(connection, "update segment_line set interaction_template_code = 'COVERSH' where segment_no = ?"
        + " and line_no = ?", SEGMENT, coverSheetLine);

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    Map<String, String> templates = entryColumnByContact("interaction_template_code", LOGGED);
    assertThat(templates).hasSize(57).containsEntry(coverSheetContact, "COVERSH");
    assertThat(templates.values()).filteredOn("BUS"::equals).hasSize(56);
    assertThat(number(connection, "select count(*) from interaction_log_entry e join interaction_template t"
        + " on t.code = e.interaction_template_code where e.logged_segment_no = ?"
        + " and (e.cost <> t.unit_cost or e.duration <> t.unit_duration)", LOGGED)).isZero();
  }

  @Test
  void linesWithoutTemplateCountsLinesWithNoTemplateOnTheLineNorOnTheHeader() {
    aSegment(SEGMENT).insert(connection);
    addPurchasers(SEGMENT);
    execute(connection, "update segment_line set interaction_template_code = 'BUS' where segment_no = ?"
        + " and line_no = (select min(line_no) from segment_line where segment_no = ?)", SEGMENT, SEGMENT);
    aSegment("SM00002").template("BUS").insert(connection);
    addPurchasers("SM00002");

    assertThat(logger.linesWithoutTemplate(SEGMENT)).isEqualTo(56);
    assertThat(logger.linesWithoutTemplate("SM00002")).isZero();
  }

  // ---- language and correspondence type ----------------------------------------------------

  @Test
  void theLanguageIsTheLinesElseTheContactsWhenTheTemplateHasItElseTheHeaders() {
    Set<String> busLanguages = Set.copyOf(strings(connection,
        "select language_code from interaction_template_language where template_code = 'BUS'"));
    assertThat(busLanguages).containsExactlyInAnyOrder("ENU", "FRA", "DAN");
    busLetterTo().language("DAN").insert(connection);
    addPurchasers(SEGMENT);
    execute(connection, "update segment_line set language_code = 'NLD' where segment_no = ? and line_no = ?",
        SEGMENT, lineNoOfFirstContactWithLanguage("ENU"));
    execute(connection, "update segment_line set language_code = 'FRA' where segment_no = ? and line_no = ?",
        SEGMENT, lineNoOfFirstContactWithLanguage("DEU"));
    Map<String, String> expected = new HashMap<>();
    for (List<Object> row : rows(connection, "select l.contact_no, l.language_code, c.language_code"
        + " from segment_line l join contact c on c.no = l.contact_no where l.segment_no = ?", SEGMENT)) {
      String line = (String) row.get(1);
      String contact = (String) row.get(2);
      expected.put((String) row.get(0),
          line != null ? line : busLanguages.contains(contact) ? contact : "DAN");
    }
    assertThat(expected.values()).contains("NLD", "FRA", "ENU", "DAN");

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(entryColumnByContact("language_code", LOGGED)).isEqualTo(expected);
  }

  @Test
  void withoutAHeaderLanguageAContactInALanguageTheTemplateLacksGetsTheTemplatesLanguage() {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);
    String templateLanguage = strings(connection,
        "select language_code from interaction_template where code = 'BUS'").get(0);
    Set<String> busLanguages = Set.copyOf(strings(connection,
        "select language_code from interaction_template_language where template_code = 'BUS'"));
    Map<String, String> expected = new HashMap<>();
    for (List<Object> row : rows(connection, "select l.contact_no, c.language_code from segment_line l"
        + " join contact c on c.no = l.contact_no where l.segment_no = ?", SEGMENT)) {
      String contact = (String) row.get(1);
      expected.put((String) row.get(0), busLanguages.contains(contact) ? contact : templateLanguage);
    }

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(entryColumnByContact("language_code", LOGGED)).isEqualTo(expected);
  }

  @Test
  void entriesWithNoTextInTheirLanguageAreRefusedNamingTheTemplateTheLanguageAndTheLines() {
    busLetterTo().language("DAN").insert(connection);
    addPurchasers(SEGMENT);
    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");
    MissingTexts.refuse(new Sql(connection), SEGMENT, LOGGED);

    execute(connection, "update interaction_template_language set body = null where template_code = 'BUS'"
        + " and language_code <> 'FRA'");
    long ownText = number(connection, "select min(entry_no) from interaction_log_entry where logged_segment_no = ?"
        + " and language_code <> 'FRA'", LOGGED);
    execute(connection, "update interaction_log_entry set letter_body = 'Dear [Contact_Name]' where entry_no = ?",
        ownText);
    long without = number(connection, "select count(*) from interaction_log_entry where logged_segment_no = ?"
        + " and language_code <> 'FRA' and entry_no <> ?", LOGGED, ownText);

    assertThat(without).isPositive();
    assertThatThrownBy(() -> MissingTexts.refuse(new Sql(connection), SEGMENT, LOGGED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageIn(Locale.ENGLISH))
            .contains("Segment " + SEGMENT, without + " lines", "BUS (").contains(expectedCounts(LOGGED, ownText))
            .doesNotContain("BUS (FRA)"));

    execute(connection, "update interaction_template_language set body = null where template_code = 'BUS'");
    MissingTexts.refuse(new Sql(connection), SEGMENT, LOGGED);
  }

  /** "BUS (DAN): 12" for each language but French (it has its text) of the entries without a text of their own. */
  private String[] expectedCounts(String loggedSegmentNo, long exceptEntry) {
    return rows(connection, "select language_code, count(*) from interaction_log_entry where logged_segment_no = ?"
        + " and entry_no <> ? and language_code <> 'FRA' group by language_code", loggedSegmentNo, exceptEntry).stream()
        .map(row -> "BUS (" + row.get(0) + "): " + row.get(1)).toArray(String[]::new);
  }

  private Map<String, String> expectedCorrespondenceTypes(String segmentNo, boolean ignoreContacts,
      String fallback) {
    Map<String, String> expected = new HashMap<>();
    for (List<Object> row : rows(connection, "select l.contact_no, l.correspondence_type,"
        + " c.correspondence_type from segment_line l join contact c on c.no = l.contact_no"
        + " where l.segment_no = ?", segmentNo)) {
      String line = (String) row.get(1);
      String contact = ignoreContacts ? null : (String) row.get(2);
      expected.put((String) row.get(0), line != null ? line : contact != null ? contact : fallback);
    }
    return expected;
  }

  @Test
  void theCorrespondenceTypeIsTheLinesElseTheContactsElseTheHeaders() {
    busLetterTo().correspondenceType("EMAIL").insert(connection);
    engine.add(SEGMENT, 1, aFilter().build());
    execute(connection, "update segment_line set correspondence_type = 'FAX' where segment_no = ?"
        + " and line_no = (select min(line_no) from segment_line where segment_no = ?)", SEGMENT, SEGMENT);
    Map<String, String> expected = expectedCorrespondenceTypes(SEGMENT, false, "EMAIL");
    assertThat(expected.values()).contains("FAX", "HARD_COPY", "EMAIL");

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(entryColumnByContact("correspondence_type", LOGGED)).isEqualTo(expected);
  }

  @Test
  void ignoringTheContactsCorrespondenceTypeUsesTheHeaders() {
    busLetterTo().correspondenceType("EMAIL").ignoreContactCorrespondenceType().insert(connection);
    engine.add(SEGMENT, 1, aFilter().build());

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(entryColumnByContact("correspondence_type", LOGGED))
        .isEqualTo(expectedCorrespondenceTypes(SEGMENT, true, "EMAIL"))
        .containsOnlyKeys(contacts(connection, SEGMENT))
        .allSatisfy((contact, type) -> assertThat(type).isEqualTo("EMAIL"));
  }

  @Test
  void withoutAHeaderCorrespondenceTypeTheTemplatesIsTheLastResort() {
    busLetterTo().insert(connection);
    engine.add(SEGMENT, 1, aFilter().build());
    String templateType = strings(connection,
        "select correspondence_type from interaction_template where code = 'BUS'").get(0);

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(entryColumnByContact("correspondence_type", LOGGED))
        .isEqualTo(expectedCorrespondenceTypes(SEGMENT, false, templateType));
  }

  // ---- campaign entries --------------------------------------------------------------------

  @Test
  void aCampaignSegmentAlsoLeavesOneCampaignEntryCountingItsInteractions() {
    Segments.insertCampaign(connection, CAMPAIGN);
    busLetterTo().campaign(CAMPAIGN).campaignTarget().insert(connection);
    addPurchasers(SEGMENT);

    SegmentLogger.Result result = logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(result.campaignEntries()).isEqualTo(1);
    List<List<Object>> entries = rows(connection, "select campaign_no, segment_no, logged_segment_no,"
        + " interaction_template_code, entry_date, no_of_interactions, cost, duration, canceled"
        + " from campaign_entry");
    List<Object> sums = rows(connection, "select count(*), sum(cost), sum(duration)"
        + " from interaction_log_entry where logged_segment_no = ?", LOGGED).get(0);
    BigDecimal unitCost = (BigDecimal) rows(connection,
        "select unit_cost from interaction_template where code = 'BUS'").get(0).get(0);
    assertThat(entries).hasSize(1);
    List<Object> entry = entries.get(0);
    assertThat(entry.subList(0, 4)).containsExactly(CAMPAIGN, SEGMENT, LOGGED, "BUS");
    assertThat(entry.get(4)).isEqualTo(Date.valueOf(NOW.toLocalDate()));
    assertThat(((Number) entry.get(5)).longValue()).isEqualTo(57).isEqualTo(((Number) sums.get(0)).longValue());
    assertThat((BigDecimal) entry.get(6)).isEqualByComparingTo((BigDecimal) sums.get(1))
        .isEqualByComparingTo(unitCost.multiply(BigDecimal.valueOf(57)));
    assertThat((BigDecimal) entry.get(7)).isEqualByComparingTo((BigDecimal) sums.get(2));
    assertThat(entry.get(8)).isEqualTo(false);
    assertThat(number(connection, "select no_of_campaign_entries from logged_segment where no = ?", LOGGED))
        .isEqualTo(1);
  }

  @Test
  void theEntriesOfACampaignTargetSegmentAreCampaignTargets() {
    Segments.insertCampaign(connection, CAMPAIGN);
    busLetterTo().campaign(CAMPAIGN).campaignTarget().insert(connection);
    addPurchasers(SEGMENT);

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(rows(connection, "select distinct campaign_no, campaign_target, campaign_response"
        + " from interaction_log_entry where logged_segment_no = ?", LOGGED))
        .containsExactly(List.of(CAMPAIGN, true, false));
  }

  @Test
  void aSegmentWithoutCampaignLeavesNoCampaignEntry() {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);

    SegmentLogger.Result result = logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    assertThat(result.campaignEntries()).isZero();
    assertThat(number(connection, "select count(*) from campaign_entry")).isZero();
  }

  @Test
  void eachCampaignEntryCountsOnlyTheInteractionsOfItsOwnLoggedSegment() {
    Segments.insertCampaign(connection, CAMPAIGN);
    busLetterTo().campaign(CAMPAIGN).insert(connection);
    addPurchasers(SEGMENT);
    aSegment("SM00002").template("BUS").campaign(CAMPAIGN).insert(connection);
    engine.add("SM00002", 1, aFilter().jobResponsibilities("SALES").build());

    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");
    logger.log("SM00002", "LSEG00002", NOW, "marketing.manager");

    assertThat(number(connection, "select no_of_interactions from campaign_entry where logged_segment_no = ?",
        LOGGED)).isEqualTo(engine.lineCount(SEGMENT));
    assertThat(number(connection, "select no_of_interactions from campaign_entry where logged_segment_no = ?",
        "LSEG00002")).isEqualTo(engine.lineCount("SM00002"));
  }

  // ---- follow-up and cancel ----------------------------------------------------------------

  @Test
  void theFollowUpSegmentHasExactlyTheSameContactsAndHeader() {
    Segments.insertCampaign(connection, CAMPAIGN);
    busLetterTo().language("ENU").campaign(CAMPAIGN).campaignTarget().insert(connection);
    addPurchasers(SEGMENT);
    engine.remove(SEGMENT, 2, CriteriaActionType.REDUCE, aFilter().businessRelations("PROS").build());
    execute(connection, "update segment_line set interaction_template_code = 'COVERSH', subject = 'Personal',"
        + " description = 'Met twice', language_code = 'FRA', correspondence_type = 'EMAIL' where segment_no = ?"
        + " and line_no = (select max(line_no) from segment_line where segment_no = ?)", SEGMENT, SEGMENT);
    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    logger.createFollowUp(SEGMENT, LOGGED, "SM00002", NOW, "Follow-up on segment " + SEGMENT);

    String lines = "select line_no, contact_no, contact_company_no, interaction_template_code, description, subject,"
        + " language_code, correspondence_type, campaign_target, campaign_response from segment_line"
        + " where segment_no = ? order by line_no";
    assertThat(rows(connection, lines, "SM00002")).isEqualTo(rows(connection, lines, SEGMENT));
    assertThat(contacts(connection, "SM00002")).hasSize(37);
    String header = "select salesperson_code, campaign_no, campaign_target, campaign_response,"
        + " interaction_template_code, subject, language_code, correspondence_type,"
        + " ignore_contact_corres_type from segment where no = ?";
    assertThat(rows(connection, header, "SM00002")).isEqualTo(rows(connection, header, SEGMENT));
    assertThat(strings(connection, "select description from segment where no = ?", "SM00002"))
        .containsExactly("Follow-up on segment " + SEGMENT);
    assertThat(rows(connection, "select logged_segment_no, segment_date from segment where no = ?", "SM00002"))
        .containsExactly(Arrays.asList(null, Date.valueOf(NOW.toLocalDate())));
    assertThat(strings(connection, "select follow_up_segment_no from logged_segment where no = ?", LOGGED))
        .containsExactly("SM00002");
  }

  @Test
  void theFollowUpSegmentCanTakeMoreContactsWithoutLineNumberClashes() {
    busLetterTo().insert(connection);
    addPurchasers(SEGMENT);
    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");
    logger.createFollowUp(SEGMENT, LOGGED, "SM00002", NOW, "Follow-up on segment " + SEGMENT);

    int added = engine.add("SM00002", 1, aFilter().jobResponsibilities("PURCHASE", "SALES").build());

    assertThat(added).isPositive();
    assertThat(engine.lineCount("SM00002")).isEqualTo(57 + added);
    assertThat(fullLines(connection, SEGMENT)).hasSize(57);
  }

  @Test
  void cancelMarksTheEntriesAndTheCampaignEntryCanceled() {
    Segments.insertCampaign(connection, CAMPAIGN);
    busLetterTo().campaign(CAMPAIGN).insert(connection);
    addPurchasers(SEGMENT);
    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");

    logger.cancel(LOGGED);

    assertThat(rows(connection, "select distinct canceled from interaction_log_entry where logged_segment_no = ?",
        LOGGED)).containsExactly(List.of(true));
    assertThat(rows(connection, "select canceled from campaign_entry where logged_segment_no = ?", LOGGED))
        .containsExactly(List.of(true));
    assertThat(rows(connection, "select canceled from logged_segment where no = ?", LOGGED))
        .containsExactly(List.of(true));
  }

  @Test
  void cancelLeavesOtherLoggedSegmentsAlone() {
    Segments.insertCampaign(connection, CAMPAIGN);
    busLetterTo().campaign(CAMPAIGN).insert(connection);
    addPurchasers(SEGMENT);
    aSegment("SM00002").template("BUS").campaign(CAMPAIGN).insert(connection);
    addPurchasers("SM00002");
    logger.log(SEGMENT, LOGGED, NOW, "marketing.manager");
    logger.log("SM00002", "LSEG00002", NOW, "marketing.manager");

    logger.cancel(LOGGED);

    assertThat(rows(connection, "select distinct canceled from interaction_log_entry where logged_segment_no = ?",
        "LSEG00002")).containsExactly(List.of(false));
    assertThat(rows(connection, "select canceled from campaign_entry where logged_segment_no = ?", "LSEG00002"))
        .containsExactly(List.of(false));
    assertThat(rows(connection, "select canceled from logged_segment where no = ?", "LSEG00002"))
        .containsExactly(List.of(false));
  }
}
