package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * The campaign story of SPEC.md played through the pages in a headless Chromium, asserting what
 * the marketing manager sees: the campaign and segment cards, No. of Lines after each step, the
 * logged segment and its interaction log entries, then the same pages in French. Screenshots of
 * the main pages go to target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignWalkthroughPageIT {

  private static final Pattern NUMBER = Pattern.compile("(\\d+)");
  private static final Pattern READER = Pattern.compile("Reader No\\. (\\d+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  @Test
  void marketingManagerRunsTheTradeShowCampaignThroughThePages() {
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("");
      assertThat(browser.title()).isEqualTo("Role centre");

      String campaignNo = createCampaign(browser);
      String segmentNo = createSegment(browser);

      long purchasers = step(browser, "form:addContacts", "stepForm:jobResponsibility", "PURCHASE", "add");
      assertThat(lines(browser)).isEqualTo(purchasers).isPositive();
      shot(browser, "05-segment-card-after-add");

      browser.chooseFromMenu("form:criteriaMenu_button", "form:saveCriteria");
      browser.waitForDialog("saveCriteriaDialog");
      String criteriaCode = "FUTURUS-" + segmentNo;
      browser.type("criteriaForm:code", criteriaCode);
      browser.type("criteriaForm:description", "Purchasers at the trade show");
      browser.click("criteriaForm:ok");
      assertThat(browser.messages()).contains("Criteria saved as " + criteriaCode + ".");
      browser.waitForDialogClosed("saveCriteriaDialog");
      browser.chooseFromMenu("form:criteriaMenu_button", "form:saveCriteria");
      browser.waitForDialog("saveCriteriaDialog");
      browser.type("criteriaForm:code", criteriaCode);
      browser.click("criteriaForm:ok");
      assertThat(browser.errorsIn("criteriaForm")).contains("Saved criteria " + criteriaCode + " already exist.");
      shot(browser, "05b-refused-action-in-dialog");
      browser.click("criteriaForm:cancel");
      browser.waitForDialogClosed("saveCriteriaDialog");

      long prospects = step(browser, "form:reduceContacts", "stepForm:businessRelation", "PROS", "remove");
      assertThat(prospects).isPositive();
      assertThat(lines(browser)).isEqualTo(purchasers - prospects);
      browser.click("form:goBack");
      assertThat(lines(browser)).isEqualTo(purchasers);
      assertThat(browser.messages()).anyMatch(m -> m.contains("The last step was undone"));
      step(browser, "form:reduceContacts", "stepForm:businessRelation", "PROS", "remove");
      long target = purchasers - prospects;
      assertThat(lines(browser)).isEqualTo(target);
      assertThat(browser.text("noOfCriteriaActions")).isEqualTo("2");

      browser.choose("form:campaignNo", campaignNo);
      browser.check("form:campaignTarget");
      browser.click("form:save");
      assertThat(browser.messages()).contains("Saved.");
      shot(browser, "06-segment-card-linked-to-campaign");
      editLetterOfFirstLine(browser);
      printLettersWithoutLogging(browser, segmentNo);

      String loggedNo = logSegment(browser, segmentNo, target);
      findLoggedSegmentAndEntries(browser, loggedNo, target);
      checkCampaignCard(browser, campaignNo, segmentNo, target);
      logResponses(browser, campaignNo, target);
      otherPages(browser);
      templateCard(browser);
      inFrench(browser, segmentNo);
    }
  }

  /** F-66: a batch of several chunks prints in the background, with its count, then downloads whole. */
  @Test
  void aLargeLetterBatchPrintsInTheBackgroundAndDownloadsWhole() throws Exception {
    String loggedNo = LargeLetterBatch.log(url, 1_201, "XP");
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("segment/logged.xhtml");
      String print = "//tr[.//a[contains(@class, 'logged-no') and text()='" + loggedNo + "']]//button[contains(@id, ':print')]";
      browser.clickXpath(print);
      browser.waitForDialog("letterPrintDialog");
      browser.waitForText("letterPrintForm:printStatus", "1,201 letters printed, ready to download.");
      shot(browser, "09c-letters-printed");
      assertThat(readers(browser.download("letterPrintForm:downloadLetters"))).as("a letter for every person of the batch")
          .hasSize(1_201).contains(1, 500, 501, 1_201);

      browser.click("letterPrintForm:closePrint");
      browser.waitForDialogClosed("letterPrintDialog");
      browser.clickXpath(print);
      browser.waitForDialog("letterPrintDialog");
      assertThat(browser.text("letterPrintForm:printStatus")).as("printed letters are not printed again")
          .isEqualTo("1,201 letters printed, ready to download.");
    }
    try (Connection connection = TestDatabase.schema(); Statement sql = connection.createStatement();
        ResultSet runs = sql.executeQuery("select count(*), min(done), min(state) from work_progress"
            + " where kind = 'LETTER_PRINT' and subject_no = '" + loggedNo + "'")) {
      runs.next();
      assertThat(List.of(runs.getLong(1), runs.getLong(2), runs.getString(3))).containsExactly(1L, 1_201L, "DONE");
    }
    Api.Download overRest = new Api(url).download("logged-segments/" + loggedNo + "/letters");
    assertThat(overRest.contentType()).isEqualTo("application/pdf");
    assertThat(readers(overRest.body())).as("REST streams the same letters").hasSize(1_201);
  }

  /** The numbers of the readers the letters of a PDF are addressed to. */
  private static Set<Integer> readers(byte[] pdf) {
    return READER.matcher(PdfText.of(pdf)).results().map(m -> Integer.valueOf(m.group(1))).collect(Collectors.toSet());
  }

  private String createCampaign(BrowserSession browser) {
    browser.click("newCampaign");
    browser.waitForTitle("New campaign");
    browser.type("form:description", "FUTURUS trade show");
    browser.choose("form:statusCode", "1-PLAN");
    browser.typeDate("form:startingDate", "11/01/2026");
    browser.typeDate("form:endingDate", "12/31/2026");
    shot(browser, "02-campaign-card-new");
    browser.click("form:save");
    browser.waitForUrl("no=");
    String campaignNo = browser.text("form:no");
    assertThat(browser.messages()).contains("Campaign " + campaignNo + " created.");
    assertThat(browser.title()).isEqualTo(campaignNo + " · FUTURUS trade show");
    assertThat(browser.element("form:startingDate_input").getAttribute("value")).isEqualTo("11/01/2026");
    assertThat(browser.element("form:endingDate_input").getAttribute("value")).isEqualTo("12/31/2026");
    return campaignNo;
  }

  private String createSegment(BrowserSession browser) {
    browser.open("segment/card.xhtml");
    assertThat(browser.title()).isEqualTo("New segment");
    browser.type("form:description", "Visitors at the FUTURUS trade show");
    browser.choose("form:template", "BUS ");
    browser.type("form:subject", "Thank you for visiting the trade show");
    browser.choose("form:language", "ENU ");
    browser.choose("form:correspondenceType", "Hard Copy");
    browser.click("form:save");
    browser.waitForUrl("no=");
    String segmentNo = browser.text("form:no");
    assertThat(browser.messages()).contains("Segment " + segmentNo + " created.");
    assertThat(lines(browser)).isZero();
    return segmentNo;
  }

  /** Opens a step dialog, ticks one code, reads the preview, presses OK; answers the previewed count. */
  private long step(BrowserSession browser, String button, String filter, String code, String verb) {
    browser.click(button);
    browser.waitForDialog("stepDialog");
    browser.tick(filter, code);
    String preview = browser.text("stepForm:previewText");
    assertThat(preview).startsWith("This step will " + verb + " ");
    long count = number(preview);
    if ("add".equals(verb)) {
      shot(browser, "04-add-contacts-dialog");
    }
    browser.click("stepForm:stepOk");
    browser.waitForDialogClosed("stepDialog");
    return count;
  }

  /** Story step 7: the letter of one line edited before logging; an unknown merge field is refused. */
  private void editLetterOfFirstLine(BrowserSession browser) {
    browser.click("form:lines:0:editLetter");
    browser.waitForDialog("lineLetterDialog");
    assertThat(browser.element("lineLetterForm:letterBody").getAttribute("value"))
        .contains("Millennium Server").doesNotContain("{{");
    shot(browser, "06b-edit-letter-dialog");
    browser.type("lineLetterForm:letterBody", "Dear {{contact.nmae}}");
    browser.click("lineLetterForm:saveLetter");
    assertThat(browser.errorsIn("lineLetterForm")).anyMatch(m -> m.contains("contact.nmae"));
    browser.type("lineLetterForm:letterBody", "We kept you a seat at the Millennium Server launch, {{contact.name}}.");
    browser.click("lineLetterForm:saveLetter");
    browser.waitForDialogClosed("lineLetterDialog");
    assertThat(browser.messages()).anyMatch(m -> m.matches("The letter of line \\d+ was saved\\."));
    assertThat(browser.text("form:lines:0:letterEdited")).contains("Edited");
    assertThat(browser.pageSource()).doesNotContain("form:lines:1:letterEdited");
    assertThat(PdfText.of(browser.download("form:lines:0:previewLetter"))).as("the line's letter preview")
        .contains("We kept you a seat at the Millennium Server launch");
    browser.js("document.getElementById('form:linesPanel').scrollIntoView();");
    shot(browser, "06c-segment-lines-with-edited-letter");
  }

  /**
   * F-42: Print shows the letters logging would print, merged for each contact, and logs nothing.
   * The edited line's contact (Sarah O'Brien) prefers email: her letter is sent, not printed.
   */
  private void printLettersWithoutLogging(BrowserSession browser, String segmentNo) {
    browser.click("form:print");
    browser.waitForDialog("printDialog");
    assertThat(browser.text("printForm:forecastSent")).as("issue 13: Print says how many letters before it prints")
        .matches("Print gives \\d+ letters? for \\d+ lines\\.");
    assertThat(browser.text("printForm:forecastEmails")).as("Sarah O'Brien prefers email").endsWith("by email, not on paper.");
    shot(browser, "06d-print-dialog");
    String letters = PdfText.of(browser.download("printForm:printLetters"));
    assertThat(letters).contains("Thank you for visiting the trade show", "Dear ", "Millennium Server")
        .doesNotContain("{{", "We kept you a seat");
    browser.open("segment/card.xhtml?no=" + segmentNo);
    assertThat(browser.driver().findElements(By.id("form:log"))).as("the segment is not logged").isNotEmpty();
    assertThat(browser.driver().findElements(By.id("loggedNo"))).isEmpty();
  }

  /**
   * Story step 7, F-66: the log runs in the background and the card shows its phase and counts.
   * The test holds the segment's row, so the log waits in its first phase: the card shows it
   * there after the manager left and came back, and to another user; once released, the result.
   */
  private String logSegment(BrowserSession browser, String segmentNo, long lines) {
    browser.click("form:log");
    browser.waitForDialog("logDialog");
    browser.check("logForm:sendAttachments");
    browser.check("logForm:createFollowUp");
    shot(browser, "07-log-dialog");
    String waiting = "Logging in progress: interaction log entries, 0 of " + lines + ".";
    try (Connection holder = TestDatabase.schema()) {
      holder.setAutoCommit(false);
      try (PreparedStatement lock = holder.prepareStatement("select no from segment where no = ? for update")) {
        lock.setString(1, segmentNo);
        lock.executeQuery().close();
      }
      browser.click("logForm:ok");
      browser.waitForDialogClosed("logDialog");
      browser.waitForText("logProgressForm:logStatus", waiting);
      assertThat(browser.text("logProgressForm:logCounts")).as("issue 13: the date in the page's format")
          .matches("Letters 0, emails 0\\. Started by manager on \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\.");
      shot(browser, "07b-log-in-progress");
      browser.open("segment/list.xhtml");
      browser.open("segment/card.xhtml?no=" + segmentNo);
      assertThat(browser.text("logProgressForm:logStatus")).as("after leaving and coming back").isEqualTo(waiting);
      try (BrowserSession other = new BrowserSession(url, "fr-FR", "admin", "admin-demo")) {
        other.open("segment/card.xhtml?no=" + segmentNo);
        assertThat(other.text("logProgressForm:logStatus")).as("another user, in French")
            .isEqualTo("Journalisation en cours : écritures journal interaction, 0 sur " + lines + ".");
      }
      holder.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    browser.waitForText("logProgressForm:logStatus", "Segment logged as ");
    String loggedNo = browser.text("loggedNo");
    assertThat(browser.text("logProgressForm:logStatus")).isEqualTo("Segment logged as " + loggedNo + " with " + lines + " interactions.");
    Matcher sent = Pattern.compile("Letters (\\d+), emails (\\d+)\\. Started by manager ").matcher(browser.text("logProgressForm:logCounts"));
    assertThat(sent.lookingAt()).as("letters and emails counted").isTrue();
    assertThat(Long.parseLong(sent.group(1)) + Long.parseLong(sent.group(2))).as("one letter or email a line").isEqualTo(lines);
    assertThat(browser.text("logProgressForm:logFollowUp")).startsWith("Follow-up segment ");
    assertThat(browser.pageSource()).doesNotContain("id=\"form:addContacts\"");
    shot(browser, "08-segment-card-logged");
    return loggedNo;
  }

  private void findLoggedSegmentAndEntries(BrowserSession browser, String loggedNo, long lines) {
    browser.suggest("menuForm:pageSearch", "logged", "Logged segments");
    browser.waitForTitle("Logged segments");
    assertThat(browser.text("form:logged")).contains(loggedNo);
    assertThat(browser.pageSource()).contains("title=\"Print letters\"");
    shot(browser, "09-logged-segments");
    browser.clickCss("#form\\:logged a.interactions");
    browser.waitForTitle("Interaction log entries");
    assertThat(browser.element("form:fLogged").getAttribute("value")).isEqualTo(loggedNo);
    assertThat(browser.text("form:entries_paginator_bottom")).contains("/ " + lines);
    shot(browser, "10-interaction-log-entries");
    browser.clickCss("#form\\:entries tbody tr:first-child td:nth-child(3) a");
    browser.waitForUrl("contact/card.xhtml");
    assertThat(browser.text("form:entries")).as("the contact card lists the contact's entries").contains(loggedNo);
    browser.js("document.getElementById('form:entriesPanel').scrollIntoView();");
    shot(browser, "10b-contact-card-with-entries");
  }

  private void checkCampaignCard(BrowserSession browser, String campaignNo, String segmentNo, long lines) {
    browser.open("campaign/list.xhtml");
    browser.clickLink(campaignNo);
    browser.waitForUrl("no=" + campaignNo);
    assertThat(browser.text("statInteractions")).isEqualTo(String.valueOf(lines));
    assertThat(browser.text("statTargets")).isEqualTo(String.valueOf(lines));
    assertThat(browser.text("form:entries")).contains("Visitors at the FUTURUS trade show");
    String segmentRow = "//*[@id='form:segments']//tr[td/a[text()='" + segmentNo + "']]";
    assertThat(browser.driver().findElement(By.xpath(segmentRow + "/td[5]")).getText())
        .as("the campaign's segments list the logged one with its No. of Lines").isEqualTo(String.valueOf(lines));
    browser.js("document.getElementById('form:segmentsPanel').scrollIntoView();");
    shot(browser, "11-campaign-card-with-segments-and-entries");
    browser.open("campaign/entries.xhtml");
    assertThat(browser.title()).isEqualTo("Campaign entries");
    assertThat(browser.text("form:entries")).contains(campaignNo).contains("Visitors at the FUTURUS trade show");
    shot(browser, "11a-campaign-entries");
  }

  /**
   * Story step 10: template RESP made on its card; a segment of the responders (the targets in
   * Denmark) linked to the campaign as Campaign Response and logged without attachments; the
   * campaign card then counts the responses next to the targets.
   */
  private void logResponses(BrowserSession browser, String campaignNo, long targets) {
    browser.open("interaction/template.xhtml");
    browser.type("form:code", "RESP");
    browser.type("form:description", "Campaign Responses");
    browser.choose("form:informationFlow", "Inbound");
    browser.choose("form:initiatedBy", "Them");
    browser.click("form:save");
    browser.waitForTitle("RESP · Campaign Responses");
    assertThat(browser.messages()).contains("Interaction template RESP was created.");

    browser.open("campaign/card.xhtml?no=" + campaignNo);
    browser.click("form:newSegment");
    browser.waitForTitle("New segment");
    assertThat(browser.text("form:campaignNo_label")).as("a segment started from the campaign card belongs to it")
        .startsWith(campaignNo);
    browser.type("form:description", "Responders to the FUTURUS trade show");
    browser.choose("form:template", "RESP ");
    browser.type("form:subject", "Answered the trade show letter");
    browser.check("form:campaignResponse");
    browser.click("form:save");
    browser.waitForUrl("no=");
    step(browser, "form:addContacts", "stepForm:jobResponsibility", "PURCHASE", "add");
    step(browser, "form:reduceContacts", "stepForm:businessRelation", "PROS", "remove");
    assertThat(lines(browser)).isEqualTo(targets);
    browser.click("form:refineContacts");
    browser.waitForDialog("stepDialog");
    browser.type("stepForm:countries", "DK");
    browser.click("stepForm:stepOk");
    browser.waitForDialogClosed("stepDialog");
    long responders = lines(browser);
    assertThat(responders).isPositive().isLessThan(targets);
    browser.click("form:log");
    browser.waitForDialog("logDialog");
    browser.click("logForm:ok");
    browser.waitForDialogClosed("logDialog");
    browser.waitForText("logProgressForm:logStatus", "Segment logged as ");
    assertThat(browser.text("logProgressForm:logStatus"))
        .isEqualTo("Segment logged as " + browser.text("loggedNo") + " with " + responders + " interactions.");

    browser.open("campaign/card.xhtml?no=" + campaignNo);
    assertThat(browser.text("statResponded")).isEqualTo(String.valueOf(responders));
    assertThat(browser.text("statTargets")).isEqualTo(String.valueOf(targets));
    assertThat(browser.text("statInteractions")).isEqualTo(String.valueOf(targets + responders));
    assertThat(browser.text("form:entries")).contains("Responders to the FUTURUS trade show");
    shot(browser, "11b-campaign-card-with-responses");
  }

  private void otherPages(BrowserSession browser) {
    browser.open("");
    shot(browser, "01-home");
    browser.open("contact/list.xhtml");
    shot(browser, "12-contacts");
    browser.clickLink("CT000001");
    browser.waitForTitle("CT000001 · ");
    shot(browser, "13-contact-card");
    browser.open("segment/list.xhtml");
    shot(browser, "03-segments");
    browser.open("interaction/templates.xhtml");
    shot(browser, "14-interaction-templates");
  }

  /** The template card, its English version in the editor with the email preview for a contact. */
  private void templateCard(BrowserSession browser) {
    browser.open("interaction/templates.xhtml");
    browser.clickLink("BUS");
    browser.waitForTitle("BUS · ");
    assertThat(browser.element("form:description").getAttribute("value")).isEqualTo("Business letter");
    shot(browser, "16-template-card");
    browser.clickLink("ENU");
    browser.waitForDialog("languageDialog");
    assertThat(browser.element("languageForm:body").getAttribute("value")).contains("{{contact.companyName}}");
    browser.clickCss("#mergeFields button[data-field='contact.firstName']");
    assertThat(browser.element("languageForm:body").getAttribute("value")).contains("{{contact.firstName}}");
    browser.suggest("languageForm:previewContact", "Oliver Benn", "CT000051 · Oliver Bennett");
    browser.click("languageForm:previewEmail");
    assertThat(browser.text("emailSubject")).isEqualTo("Thank you for visiting the trade show");
    assertThat(browser.text("emailBody")).contains("Dear Oliver Bennett").contains("The Cannon Group PLC")
        .contains("Oliver").doesNotContain("{{");
    attachFiles(browser);
    browser.type("languageForm:subject", "Hello {{contact.nmae}}");
    browser.click("languageForm:saveLanguage");
    assertThat(browser.errorsIn("languageForm")).anyMatch(m -> m.contains("merge fields that do not exist: contact.nmae"));
    browser.js("PF('languageDialog').hide();");
    browser.waitForDialogClosed("languageDialog");
  }

  /** F-31: a file attached in the editor is listed; one over 10 MB is refused with a message and not stored. */
  private void attachFiles(BrowserSession browser) {
    Path brochure = file("Millennium brochure.pdf", 2_000);
    browser.driver().findElement(By.id("languageForm:upload_input")).sendKeys(brochure.toAbsolutePath().toString());
    browser.waitForText("languageForm:fileList", "Millennium brochure.pdf");
    assertThat(browser.messages()).contains("File Millennium brochure.pdf was attached.");
    shot(browser, "17-template-language-editor");
    Path tooLarge = file("too large.pdf", 10 * 1024 * 1024 + 1);
    browser.driver().findElement(By.id("languageForm:upload_input")).sendKeys(tooLarge.toAbsolutePath().toString());
    browser.waitForText("languageForm:languageDialog", "too large: at most 10 MB.");
    browser.settle();
    assertThat(browser.text("languageForm:fileList")).doesNotContain("too large.pdf");
  }

  private static Path file(String name, int size) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "uploads"));
      return Files.write(folder.resolve(name), new byte[size]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void inFrench(BrowserSession browser, String segmentNo) {
    browser.open("segment/card.xhtml?no=" + segmentNo);
    browser.click("menuForm:langFr");
    browser.waitForText("menuForm:mHome", "Accueil");
    assertThat(browser.pageSource()).contains("Nombre de lignes").doesNotContain("???");
    assertThat(browser.text("logProgressForm:logStatus")).startsWith("Segment journalisé sous le n° ");
    shot(browser, "15-segment-card-french");
    browser.open("interaction/template.xhtml?code=BUS");
    browser.clickLink("FRA");
    browser.waitForDialog("languageDialog");
    browser.type("languageForm:body", "Bonjour {{contact.nmae}}");
    browser.click("languageForm:saveLanguage");
    assertThat(browser.errorsIn("languageForm")).anyMatch(m -> m.contains("champs de fusion qui n'existent pas : contact.nmae"));
    shot(browser, "18-template-language-french");
    browser.open("segment/card.xhtml?no=" + segmentNo);
    browser.click("menuForm:langEn");
    browser.waitForText("menuForm:mHome", "Home");
    assertThat(browser.pageSource()).contains("No. of Lines");
  }

  @Test
  void anActivityAssignedToASegmentOfThirtyContactsMakesOneToDoPerContactAndStepOnItsFormulasDates() {
    Api api = new Api(url);
    String campaignNo = api.post("campaigns", "{\"description\": \"Visits after the show\"}").object().getString("no");
    String segmentNo = api.post("segments", "{\"description\": \"Thirty visitors\", \"campaignNo\": \"" + campaignNo + "\"}")
        .object().getString("no");
    for (int i = 1; i <= 30; i++) {
      String contactNo = api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Visitor " + i + "\"}").object().getString("no");
      assertThat(api.post("segments/" + segmentNo + "/lines", "{\"contactNo\": \"" + contactNo + "\"}").status()).isEqualTo(201);
    }
    String code = "VISITS-" + segmentNo;
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("activity/card.xhtml");
      browser.type("form:code", code);
      browser.type("form:description", "Visits after the show");
      browser.type("form:steps:0:stepDescription", "Thank them by phone");
      browser.type("form:steps:0:formula", "2D");
      browser.click("form:addStep");
      browser.choose("form:steps:1:type", "Meeting");
      browser.type("form:steps:1:stepDescription", "Visit them");
      browser.type("form:steps:1:formula", "CM+1D");
      browser.click("form:addStep");
      browser.choose("form:steps:2:type", "To-do");
      browser.type("form:steps:2:stepDescription", "Send the offer");
      browser.type("form:steps:2:formula", "1W");
      browser.click("form:save");
      browser.waitForUrl("code=" + code);
      assertThat(browser.messages()).contains("The activity is created.");
      shots(browser, "20-activity-card");

      browser.open("segment/card.xhtml?no=" + segmentNo);
      browser.click("form:assignActivity");
      browser.waitForDialog("assignDialog");
      browser.choose("assignForm:activity", code);
      browser.element("assignForm:startDate_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "12/10/2026", Keys.TAB);
      shots(browser, "21-assign-activity-dialog");
      browser.click("assignForm:assignNow");
      browser.waitForDialogClosed("assignDialog");
      assertThat(browser.messages()).contains("90 to-dos made from activity " + code + ".");

      browser.open("campaign/card.xhtml?no=" + campaignNo);
      assertThat(browser.text("form:toDos")).contains("Thank them by phone").contains("1-10 / 90");
      shots(browser, "22-campaign-card-to-dos");
      browser.open("activity/list.xhtml");
      shots(browser, "23-activity-list");
    }
    List<JsonObject> toDos = api.get("to-dos?campaignNo=" + campaignNo + "&size=100").object().getJsonArray("items")
        .stream().map(JsonObject.class::cast).toList();
    assertThat(toDos).hasSize(90);
    Map<String, Long> byStep = toDos.stream().collect(Collectors.groupingBy(
        t -> t.getString("type") + " " + t.getString("description") + " " + Instant.parse(t.getString("dueAt")), Collectors.counting()));
    assertThat(byStep).containsOnly(
        Map.entry("CALL Thank them by phone " + nineOn("2026-12-12"), 30L),
        Map.entry("MEETING Visit them " + nineOn("2027-01-01"), 30L),
        Map.entry("TO_DO Send the offer " + nineOn("2026-12-17"), 30L));
    assertThat(toDos.stream().map(t -> t.getString("contactNo")).distinct()).hasSize(30);
    try (BrowserSession browser = new BrowserSession(url, "fr-FR", "manager", "manager-demo")) {
      browser.open("activity/card.xhtml?code=" + code);
      browser.click("form:assign");
      browser.waitForDialog("assignDialog");
      shots(browser, "24-fr-assign-activity-dialog");
      browser.click("assignForm:assignNow");
      assertThat(browser.errorsIn("assignForm")).isNotEmpty();
      browser.open("activity/list.xhtml");
      shots(browser, "25-fr-activity-list");
      browser.open("campaign/card.xhtml?no=" + campaignNo);
      shots(browser, "26-fr-campaign-card-to-dos");
    }
  }

  @Test
  void anInteractionStartedOnAContactIsKeptAsPostponedThenResumedWithItsValuesAndFinished() {
    Api api = new Api(url);
    String contactNo = api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Wizard Ltd\"}").object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("contact/card.xhtml?no=" + contactNo);
      browser.click("form:createInteraction");
      browser.waitForUrl("interaction/create");
      browser.choose("form:template", "BUS");
      browser.waitForText("form:correspondenceType_label", "Hard Copy");
      browser.type("form:description", "Called about the trade show");
      browser.choose("form:evaluation", "Positive");
      shots(browser, "30-create-interaction");
      browser.click("form:cancelWizard");
      browser.waitForDialog("keepDialog");
      browser.click("form:keep");
      browser.waitForUrl("interaction/postponed");
      assertThat(browser.messages()).contains("The interaction is kept as postponed.");
      browser.open("interaction/postponed.xhtml?contactNo=" + contactNo);
      assertThat(browser.text("form:postponed")).contains("Called about the trade show");
      shots(browser, "31-postponed-interactions");

      browser.click("form:postponed:0:resume");
      browser.waitForUrl("resume=");
      assertThat(browser.element("form:description").getAttribute("value")).isEqualTo("Called about the trade show");
      assertThat(browser.text("form:evaluation_label")).isEqualTo("Positive");
      browser.click("form:finish");
      browser.waitForUrl("contact/card");
      assertThat(browser.messages()).contains("The interaction is recorded.");
    }
    JsonObject entries = api.get("interaction-log-entries?contactNo=" + contactNo).object();
    assertThat(entries.getJsonArray("items")).hasSize(1);
    assertThat(entries.getJsonArray("items").getJsonObject(0).getString("evaluation")).isEqualTo("POSITIVE");
    assertThat(api.get("interaction-log-entries/postponed?contactNo=" + contactNo).object().getInt("total")).isZero();
    try (BrowserSession browser = new BrowserSession(url, "fr-FR", "manager", "manager-demo")) {
      browser.open("interaction/create.xhtml?contactNo=" + contactNo);
      shots(browser, "32-fr-create-interaction");
      browser.open("interaction/postponed.xhtml");
      shots(browser, "33-fr-postponed-interactions");
    }
  }

  /** 09:00 on the day in the server's zone (the tests run on the same machine). */
  private static Instant nineOn(String day) {
    return LocalDate.parse(day).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
  }

  /** Screenshots at 1366x768 and 1920x1080. */
  private static void shots(BrowserSession browser, String name) {
    for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(1920, 1080))) {
      browser.driver().manage().window().setSize(size);
      browser.settle();
      shot(browser, name + "-" + size.getWidth());
    }
  }

  /** Saves a screenshot of a page that must look finished: every label resolved, no error text. */
  private static void shot(BrowserSession browser, String name) {
    assertThat(browser.pageSource()).as(name).doesNotContain("???").doesNotContain("Exception: ").doesNotContain(".java:");
    assertThat(browser.title()).as(name).isNotEqualTo("Something went wrong");
    assertThat(browser.js("return PF('errorDialog').isVisible();")).as(name).isEqualTo(false);
    browser.screenshot(name);
  }

  private static long lines(BrowserSession browser) {
    return Long.parseLong(browser.text("noOfLines"));
  }

  private static long number(String text) {
    Matcher matcher = NUMBER.matcher(text);
    assertThat(matcher.find()).as("a number in '%s'", text).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
