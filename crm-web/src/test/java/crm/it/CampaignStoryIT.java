package crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.interaction.InteractionLogEntry;
import crm.domain.security.Roles;
import crm.service.security.UserService;
import crm.web.security.UserStore;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.sql.Statement;
import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.LoggedSegment;
import crm.domain.segment.Segment;
import crm.domain.segment.SegmentFilter;
import crm.domain.segment.SegmentLine;
import crm.domain.setup.CodeTable;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.campaign.CampaignEntryService;
import crm.service.campaign.CampaignService;
import crm.service.contact.ContactService;
import crm.service.interaction.InteractionLogService;
import crm.service.interaction.InteractionTemplateService;
import crm.service.letter.LetterService;
import crm.service.setup.SalespersonService;
import com.lowagie.text.pdf.PdfReader;
import crm.service.segment.SavedCriteriaService;
import crm.service.segment.SegmentCriteriaService;
import crm.service.segment.SegmentLineLetterService;
import crm.service.segment.SegmentLogService;
import crm.service.segment.SegmentLineService;
import crm.service.segment.SegmentService;
import crm.service.shared.ListRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The campaign walkthrough of SPEC.md (steps 2–10) played through the services inside Payara
 * Micro against PostgreSQL with the CRONUS demo data. Expected counts are computed with plain SQL
 * on the same database, independently of the segment engine. It runs as the marketing manager,
 * whose role the services check like any caller's.
 */
@ExtendWith(ArquillianExtension.class)
@LoggedInAs("manager")
class CampaignStoryIT {

  private static final String PURCHASERS =
      "select c.no from contact c join contact_code j on j.contact_no = c.no"
          + " and j.code_table = 'JOB_RESPONSIBILITY' and j.code = 'PURCHASE'"
          + " where c.exclude_from_segments = false";
  private static final String PURCHASERS_NOT_PROSPECTS = PURCHASERS
      + " and not exists (select 1 from contact_code b where b.contact_no = c.no"
      + " and b.code_table = 'BUSINESS_RELATION' and b.code = 'PROS')";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject CampaignService campaigns;
  @Inject CampaignEntryService entryService;
  @Inject SegmentService segments;
  @Inject SegmentLineService segmentLines;
  @Inject SegmentCriteriaService criteria;
  @Inject SavedCriteriaService savedCriteria;
  @Inject SegmentLogService logging;
  @Inject InteractionTemplateService templates;
  @Inject InteractionLogService interactionLog;
  @Inject ContactService contacts;
  @Inject LetterService letters;
  @Inject SalespersonService salespeople;
  @Inject SegmentLineLetterService lineLetters;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;
  @Inject UserService users;
  @Inject UserStore identityStore;

  /**
   * Before the story, IT's first start on a production database without users: the first
   * administrator comes from the setting (FirstAdministrator at startup), can log in, and only
   * while no user exists. The demo users are kept aside and put back afterwards.
   */
  @Test
  void anEmptyUserTableGetsItsFirstAdministratorOnce() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create temporary table kept_user as select * from app_user");
      statement.execute("create temporary table kept_user_role as select * from app_user_role");
      statement.executeUpdate("delete from app_user");
      try {
        assertThat(identityStore.validate(new UsernamePasswordCredential("admin", "admin-demo")).getStatus())
            .isEqualTo(CredentialValidationResult.Status.INVALID);

        assertThat(users.createFirstAdministrator("first-admin-pass-1")).isTrue();
        CredentialValidationResult login =
            identityStore.validate(new UsernamePasswordCredential("admin", "first-admin-pass-1"));
        assertThat(login.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(login.getCallerGroups()).containsExactly(Roles.ADMINISTRATOR);

        assertThat(users.createFirstAdministrator("other-pass-2")).as("a user exists: the setting is ignored").isFalse();
        assertThat(identityStore.validate(new UsernamePasswordCredential("admin", "other-pass-2")).getStatus())
            .isEqualTo(CredentialValidationResult.Status.INVALID);
      } finally {
        statement.executeUpdate("delete from app_user");
        statement.executeUpdate("insert into app_user select * from kept_user");
        statement.executeUpdate("insert into app_user_role select * from kept_user_role");
        statement.execute("drop table kept_user, kept_user_role");
      }
    }
    assertThat(identityStore.validate(new UsernamePasswordCredential("admin", "admin-demo")).getStatus())
        .as("the demo users are back").isEqualTo(CredentialValidationResult.Status.VALID);
  }

  @Test
  void tradeShowCampaignFromSegmentToResponses() throws Exception {
    // 2. The campaign, numbered from the series.
    var campaign = campaigns.create(null, c -> {
      c.setDescription("FUTURUS trade show");
      c.setStatusCode("1-PLAN");
      c.setPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31));
    });
    assertThat(campaign.getNo()).matches("CP\\d{4}");

    // 3. The segment of purchasers.
    Segment segment = segments.create(null, s -> {
      s.setDescription("Visitors at the FUTURUS trade show");
      s.setInteractionTemplateCode("BUS");
      s.setSubject("Thank you for visiting the trade show");
      s.setLanguageCode("ENU");
      s.setCorrespondenceType(CorrespondenceType.HARD_COPY);
    });
    String no = segment.getNo();
    assertThat(no).matches("SM\\d{5}");
    Set<String> purchasers = query(PURCHASERS);
    assertThat(purchasers).isNotEmpty();
    long afterAdd = criteria.apply(no, CriteriaActionType.ADD, SegmentFilter.ofJobResponsibilities("PURCHASE"));
    assertThat(afterAdd).isEqualTo(purchasers.size());
    assertThat(contactsOf(no)).isEqualTo(purchasers);

    // 4. Save the criteria for later.
    savedCriteria.saveCriteria(no, "PURCHASERS", "Purchasers of all companies");

    // 5. Reduce by prospects, go back, reduce again.
    Set<String> beforeReduce = contactsOf(no);
    long afterReduce = criteria.apply(no, CriteriaActionType.REDUCE, SegmentFilter.ofBusinessRelations("PROS"));
    Set<String> notProspects = query(PURCHASERS_NOT_PROSPECTS);
    assertThat(afterReduce).isEqualTo(notProspects.size()).isLessThan(afterAdd);
    assertThat(criteria.goBack(no)).isEqualTo(afterAdd);
    assertThat(contactsOf(no)).isEqualTo(beforeReduce);
    assertThat(criteria.apply(no, CriteriaActionType.REDUCE, SegmentFilter.ofBusinessRelations("PROS")))
        .isEqualTo(notProspects.size());
    assertThat(contactsOf(no)).isEqualTo(notProspects);

    // 6. Link to the campaign as target: the lines follow the header.
    segment = segments.update(no, null, null, s -> {
      s.setCampaignNo(campaign.getNo());
      s.setCampaignTarget(true);
    });
    assertThat(linesOf(no)).allMatch(SegmentLine::isCampaignTarget);

    // 7-8. Log with a follow-up segment: one entry per line, a campaign entry, the follow-up.
    LoggedSegment logged = logging.log(no, true, true);
    assertThat(logged.getNoOfInteractions()).isEqualTo(notProspects.size());
    assertThat(logged.getNoOfCampaignEntries()).isEqualTo(1);
    List<InteractionLogEntry> entries = entriesOf(logged.getNo());
    assertThat(entries).hasSize(notProspects.size())
        .allMatch(e -> e.isCampaignTarget() && campaign.getNo().equals(e.getCampaignNo())
            && "BUS".equals(e.getInteractionTemplateCode())
            && "Thank you for visiting the trade show".equals(e.getSubject()));
    assertThat(entries.stream().map(InteractionLogEntry::getContactNo).collect(Collectors.toSet()))
        .isEqualTo(notProspects);
    var campaignEntries = entryService.entries(campaign.getNo(), new ListRequest(0, 50, null)).items();
    assertThat(campaignEntries).hasSize(1);
    assertThat(campaignEntries.get(0).getNoOfInteractions()).isEqualTo(notProspects.size());
    assertThat(campaignEntries.get(0).getCost())
        .isEqualByComparingTo(new BigDecimal("2.50").multiply(BigDecimal.valueOf(notProspects.size())));
    assertLettersPrinted(logged.getNo(), entries, segment.getSalespersonCode());
    String followUp = logged.getFollowUpSegmentNo();
    assertThat(contactsOf(followUp)).isEqualTo(notProspects);
    assertThrows(ConflictException.class, () -> logging.log(no, false));

    // 9. The same by email, on the follow-up segment.
    segments.update(followUp, null, null, s -> {
      s.setCorrespondenceType(CorrespondenceType.EMAIL);
      s.setIgnoreContactCorrespondenceType(true);
    });
    LoggedSegment emailed = logging.log(followUp, false, true);
    Set<String> withAddress = queryWith("select c.no from contact c join segment_line l on l.contact_no = c.no"
        + " where l.segment_no = ? and c.email is not null and c.do_not_email = false", followUp);
    List<InteractionLogEntry> emailEntries = entriesOf(emailed.getNo());
    assertThat(emailEntries.stream().filter(e -> e.getCorrespondenceType() == CorrespondenceType.EMAIL)
        .map(InteractionLogEntry::getContactNo).collect(Collectors.toSet())).isEqualTo(withAddress);
    assertThat(emailEntries).filteredOn(e -> e.getCorrespondenceType() == CorrespondenceType.EMAIL)
        .allMatch(e -> List.of("QUEUED", "RETRYING", "SENT").contains(e.getDeliveryStatus()));
    assertThat(queryWith("select entry_no from outbox_message where logged_segment_no = ?", emailed.getNo()))
        .hasSize(withAddress.size());
    // Contacts without an address get a letter instead (the setup's fallback).
    assertThat(queryWith("select entry_no from sent_letter where logged_segment_no = ?", emailed.getNo()))
        .hasSize(notProspects.size() - withAddress.size());

    // 10. Responses: a RESP template, a segment of responders logged as campaign responses.
    templates.create("RESP", t -> {
      t.setDescription("Campaign Responses");
      t.setInformationFlow(InformationFlow.INBOUND);
      t.setInitiatedBy(InitiatedBy.THEM);
      t.setCampaignResponse(true);
    });
    List<String> responders = notProspects.stream().sorted().limit(4).toList();
    Segment responses = segments.create(null, s -> {
      s.setDescription("Responses to the FUTURUS trade show");
      s.setCampaignNo(campaign.getNo());
      s.setCampaignResponse(true);
      s.setInteractionTemplateCode("RESP");
    });
    responders.forEach(contactNo -> segmentLines.addLine(responses.getNo(), contactNo, line -> {}));
    logging.log(responses.getNo(), false);

    var statistics = campaigns.statistics(campaign.getNo());
    assertThat(statistics.targetContactsContacted()).isEqualTo(notProspects.size());
    assertThat(statistics.contactsResponded()).isEqualTo(responders.size());
    assertThat(statistics.noOfInteractions()).isEqualTo(2L * notProspects.size() + responders.size());
    assertThat(entryService.entries(campaign.getNo(), new ListRequest(0, 50, null)).total()).isEqualTo(3);
  }

  /** Story step 7, "edit the letter": one line's own text, kept through Go Back, printed for that line only. */
  @Test
  void anEditedLetterSurvivesGoBackAndIsPrintedForItsLineOnly() throws Exception {
    Segment segment = segments.create(null, s -> {
      s.setDescription("Edited letters");
      s.setInteractionTemplateCode("BUS");
      s.setLanguageCode("ENU");
      s.setCorrespondenceType(CorrespondenceType.HARD_COPY);
      s.setIgnoreContactCorrespondenceType(true);
    });
    String no = segment.getNo();
    criteria.apply(no, CriteriaActionType.ADD, SegmentFilter.ofJobResponsibilities("PURCHASE"));
    Set<String> prospects = query(PURCHASERS);
    prospects.removeAll(query(PURCHASERS_NOT_PROSPECTS));
    SegmentLine line = linesOf(no).stream().filter(l -> prospects.contains(l.getContactNo())).findFirst().orElseThrow();
    String name = contacts.get(line.getContactNo()).getName();
    assertThat(lineLetters.text(no, line.getLineNo()).edited()).isFalse();
    assertThat(lineLetters.text(no, line.getLineNo()).body()).doesNotContain("{{").contains("Millennium Server");

    assertThrows(InvalidInputException.class, () -> segmentLines.updateLine(no, line.getLineNo(),
        l -> l.setLetterBody("Hello {{salesperson.nmae}}")));
    assertThat(segmentLines.getLine(no, line.getLineNo()).isLetterEdited()).isFalse();
    segmentLines.updateLine(no, line.getLineNo(), l -> {
      l.setLanguageCode("ENU");
      l.setLetterBody("Your personal invitation, {{contact.name}}: a private demo of the server.");
    });
    var text = lineLetters.text(no, line.getLineNo());
    assertThat(text.edited()).isTrue();
    assertThat(text.body()).isEqualTo("Your personal invitation, {{contact.name}}: a private demo of the server.");
    assertThat(PdfText.of(lineLetters.preview(no, line.getLineNo())))
        .contains("Your personal invitation, " + name).doesNotContain("Millennium Server");
    assertThat(segments.get(no).getLoggedSegmentNo()).isNull();

    criteria.apply(no, CriteriaActionType.REDUCE, SegmentFilter.ofBusinessRelations("PROS"));
    assertThrows(UnknownRecordException.class, () -> segmentLines.getLine(no, line.getLineNo()));
    criteria.goBack(no);
    assertThat(segmentLines.getLine(no, line.getLineNo()).getLetterBody()).startsWith("Your personal invitation");

    LoggedSegment logged = logging.log(no, false, true);
    String batch = PdfText.of(letters.lettersOfLoggedSegment(logged.getNo())).replaceAll("\\s+", " ");
    assertThat(batch.split("Your personal invitation", -1)).hasSize(2);
    assertThat(batch).contains("Your personal invitation, " + name + ": a private demo");
    for (InteractionLogEntry entry : entriesOf(logged.getNo())) {
      String reprint = PdfText.of(letters.letterOfEntry(entry.getEntryNo()));
      if (entry.getContactNo().equals(line.getContactNo())) {
        assertThat(reprint).contains("Your personal invitation").doesNotContain("Millennium Server");
      } else {
        assertThat(reprint).doesNotContain("Your personal invitation").contains("Millennium Server");
      }
    }
  }

  @Test
  void reusedCriteriaAndLoggedSegmentRebuildTheSameContacts() throws SQLException {
    Segment first = segments.create(null, s -> s.setDescription("Purchasers again"));
    criteria.apply(first.getNo(), CriteriaActionType.ADD, SegmentFilter.ofJobResponsibilities("PURCHASE"));
    criteria.apply(first.getNo(), CriteriaActionType.REDUCE, SegmentFilter.ofBusinessRelations("PROS"));
    savedCriteria.saveCriteria(first.getNo(), "PURCH-NOPROS", null);

    Segment second = segments.create(null, s -> s.setDescription("From saved criteria"));
    savedCriteria.reuseCriteria(second.getNo(), "PURCH-NOPROS");
    assertThat(contactsOf(second.getNo())).isEqualTo(contactsOf(first.getNo()));
    assertThat(criteria.actions(second.getNo())).hasSize(2);

    segments.update(first.getNo(), null, null, s -> s.setInteractionTemplateCode("ABSTRACT"));
    LoggedSegment logged = logging.log(first.getNo(), false);
    Segment third = segments.create(null, s -> s.setDescription("From the logged segment"));
    criteria.reuseLoggedSegment(third.getNo(), logged.getNo());
    assertThat(contactsOf(third.getNo())).isEqualTo(contactsOf(first.getNo()));

    logging.cancel(logged.getNo());
    assertThat(entriesOf(logged.getNo())).allMatch(InteractionLogEntry::isCanceled);
    assertThrows(ConflictException.class, () -> logging.cancel(logged.getNo()));
  }

  @Test
  void refusedActionsChangeNothing() throws SQLException {
    Segment empty = segments.create(null, s -> s.setDescription("Empty"));
    assertThrows(InvalidInputException.class, () -> logging.log(empty.getNo(), true));
    assertThrows(ConflictException.class, () -> criteria.goBack(empty.getNo()));

    criteria.apply(empty.getNo(), CriteriaActionType.ADD, SegmentFilter.ofJobResponsibilities("IT"));
    long lines = contactsOf(empty.getNo()).size();
    long entriesBefore = count("select count(*) from interaction_log_entry");
    assertThrows(InvalidInputException.class, () -> logging.log(empty.getNo(), true));
    assertThat(count("select count(*) from interaction_log_entry")).isEqualTo(entriesBefore);
    assertThat(contactsOf(empty.getNo())).hasSize((int) lines);

    assertThrows(InvalidInputException.class,
        () -> criteria.apply(empty.getNo(), CriteriaActionType.ADD, SegmentFilter.ofJobResponsibilities("NOPE")));

    // A log refused halfway (email lines without an address, setup set to refuse) sends nothing.
    Segment mailing = segments.create(null, s -> {
      s.setDescription("Mailing");
      s.setInteractionTemplateCode("EMAIL");
      s.setCorrespondenceType(CorrespondenceType.EMAIL);
      s.setIgnoreContactCorrespondenceType(true);
    });
    criteria.apply(mailing.getNo(), CriteriaActionType.ADD, SegmentFilter.ofJobResponsibilities("PURCHASE"));
    assertThat(count("select count(*) from contact c join segment_line l on l.contact_no = c.no"
        + " where l.segment_no = '" + mailing.getNo() + "' and c.email is null")).isPositive();
    long outboxBefore = count("select count(*) from outbox_message");
    long entriesBeforeMailing = count("select count(*) from interaction_log_entry");
    setEmailFallback("REFUSE");
    try {
      assertThrows(InvalidInputException.class, () -> logging.log(mailing.getNo(), true, true));
    } finally {
      setEmailFallback("LETTER");
    }
    assertThat(count("select count(*) from outbox_message")).isEqualTo(outboxBefore);
    assertThat(count("select count(*) from interaction_log_entry")).isEqualTo(entriesBeforeMailing);
    assertThat(segments.get(mailing.getNo()).getLoggedSegmentNo()).isNull();
    assertThat(criteria.actions(empty.getNo())).hasSize(1);

    int version = segments.get(empty.getNo()).getVersion();
    segments.update(empty.getNo(), version, null, s -> s.setDescription("Renamed"));
    assertThrows(ConflictException.class,
        () -> segments.update(empty.getNo(), version, null, s -> s.setDescription("Stale")));
    assertThat(segments.get(empty.getNo()).getDescription()).isEqualTo("Renamed");

    Contact person = contacts.create(null, ContactType.PERSON, c -> {
      c.setName("Zoë Ångström");
      c.replaceCodes(CodeTable.JOB_RESPONSIBILITY, List.of("IT"));
    });
    assertThat(person.getNo()).matches("CT\\d{6}");
    segmentLines.addLine(empty.getNo(), person.getNo(), line -> {});
    assertThrows(ConflictException.class, () -> contacts.delete(person.getNo()));
    assertThat(contacts.find(person.getNo())).isPresent();
  }

  @Test
  void concurrentCreationsGetDistinctGapFreeNumbers() throws Exception {
    int creations = 12;
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < creations; i++) {
      String name = "Concurrent person " + i;
      tasks.add(() -> contacts.create(null, ContactType.PERSON, c -> c.setName(name)).getNo());
    }
    List<String> numbers = new ArrayList<>();
    for (Future<String> created : executor.invokeAll(tasks)) {
      numbers.add(created.get());
    }
    List<Integer> sorted = numbers.stream().map(no -> Integer.parseInt(no.substring(2))).sorted().toList();
    assertThat(Set.copyOf(sorted)).hasSize(creations);
    assertThat(sorted.get(creations - 1) - sorted.get(0)).isEqualTo(creations - 1);
  }

  /** One letter per hard-copy entry, in the contact's language, merged, and reprinted exactly as sent. */
  private void assertLettersPrinted(String loggedSegmentNo, List<InteractionLogEntry> entries, String segmentSalesperson)
      throws Exception {
    List<InteractionLogEntry> hardCopy = entries.stream()
        .filter(e -> e.getCorrespondenceType() == CorrespondenceType.HARD_COPY).toList();
    assertThat(hardCopy).isNotEmpty();
    PdfReader batch = new PdfReader(letters.lettersOfLoggedSegment(loggedSegmentNo));
    assertThat(batch.getNumberOfPages()).isGreaterThanOrEqualTo(hardCopy.size());
    String text = PdfText.of(batch);
    assertThat(text).doesNotContain("{{").contains("Millennium Server");
    for (InteractionLogEntry entry : hardCopy) {
      Contact contact = contacts.get(entry.getContactNo());
      assertThat(text).contains(contact.getName());
      String letter = PdfText.of(new PdfReader(letters.letterOfEntry(entry.getEntryNo())));
      assertThat(letter).contains(contact.getName()).contains(contact.getAddress()).contains(contact.getCity());
      // Signed by the segment's salesperson (by default the caller's, F-05), else by the contact's own.
      String signer = segmentSalesperson != null ? segmentSalesperson : contact.getSalespersonCode();
      assertThat(letter).contains(salespeople.getSalesperson(signer).getName());
      switch (entry.getLanguageCode()) {
        case "DAN" -> assertThat(letter).contains("Kære").contains("Med venlig hilsen");
        case "FRA" -> assertThat(letter).contains("Nous vous remercions").contains("Cordialement");
        default -> assertThat(letter).contains("Dear").contains("Computer Futurus trade show");
      }
    }
    InteractionLogEntry english = hardCopy.stream().filter(e -> "ENU".equals(e.getLanguageCode())).findFirst().orElseThrow();
    String before = PdfText.of(new PdfReader(letters.letterOfEntry(english.getEntryNo())));
    var original = templates.getLanguage("BUS", "ENU");
    String originalBody = original.getBody();
    templates.saveLanguage("BUS", "ENU", l -> l.setBody("A completely different text."));
    contacts.update(english.getContactNo(), null, c -> c.setAddress("Somewhere else 1"));
    assertThat(PdfText.of(new PdfReader(letters.letterOfEntry(english.getEntryNo())))).isEqualTo(before)
        .doesNotContain("completely different").doesNotContain("Somewhere else");
    templates.saveLanguage("BUS", "ENU", l -> l.setBody(originalBody));
  }

  private Set<String> contactsOf(String segmentNo) throws SQLException {
    return queryWith("select contact_no from segment_line where segment_no = ?", segmentNo);
  }

  private List<SegmentLine> linesOf(String segmentNo) {
    return segmentLines.lines(segmentNo, new ListRequest(0, 500, null)).items();
  }

  private List<InteractionLogEntry> entriesOf(String loggedSegmentNo) {
    return interactionLog.list(new ListRequest(0, 500, null).whereEqual("loggedSegmentNo", loggedSegmentNo)).items();
  }

  private Set<String> query(String sql) throws SQLException {
    return queryWith(sql, null);
  }

  private Set<String> queryWith(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rows = statement.executeQuery()) {
        Set<String> values = new java.util.HashSet<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }

  private void setEmailFallback(String fallback) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("update marketing_setup set email_fallback = ?")) {
      statement.setString(1, fallback);
      statement.executeUpdate();
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
