package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;

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

      // The campaign is a lookup: found by part of its name, stored as its number.
      browser.suggest("form:campaignNo", "futurus", campaignNo + " · FUTURUS trade show");
      browser.check("form:campaignTarget");
      browser.click("form:save");
      assertThat(browser.messages()).contains("Saved.");
      browser.open("segment/card.xhtml?no=" + segmentNo);
      assertThat(browser.element("form:campaignNo_input").getAttribute("value")).isEqualTo(campaignNo + " · FUTURUS trade show");
      assertThat(new Api(url).get("segments/" + segmentNo).object().getString("campaignNo")).isEqualTo(campaignNo);
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
    browser.suggest("form:template", "business", "BUS · Business letter");
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
    assertThat(browser.element("form:campaignNo_input").getAttribute("value")).as("a segment started from the campaign card belongs to it")
        .startsWith(campaignNo);
    browser.type("form:description", "Responders to the FUTURUS trade show");
    browser.suggest("form:template", "RESP", "RESP · Campaign Responses");
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
    assertThat(PdfText.of(browser.download("languageForm:previewLetter")).replaceAll("\\s+", " "))
        .as("the letter preview for the contact").contains("Dear Oliver Bennett", "The Cannon Group PLC").doesNotContain("{{");
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
      browser.element("form:steps:0:formula").sendKeys(Keys.chord(Keys.CONTROL, "a"), "3X", Keys.TAB);
      browser.settle();
      assertThat(browser.messages()).as("refused as typed").anyMatch(m -> m.startsWith("\"3X\" is not a date formula"));
      assertThat(browser.element("form:steps:0:formulaMessage").getAttribute("class")).as("the step marked").contains("ui-message-error");
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

  /**
   * Lookups (issue 13): the segment card carries no list of every campaign; typing part of a name
   * asks the database for the first ten matches, and the number is what is stored. The FactBox
   * beside the segment lines and the interaction log shows the selected row's contact (company,
   * email, phone) and its last interaction, as text.
   */
  @Test
  void lookupsSearchAsTheUserTypesAndTheFactBoxShowsTheSelectedRowsContact() {
    Api api = new Api(url);
    String lastProbe = null;
    for (int i = 1; i <= 12; i++) {
      lastProbe = api.post("campaigns", "{\"description\": \"Lookup probe " + i + "\"}").object().getString("no");
    }
    String company = api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"FactBox <b>Holdings</b>\"}").object().getString("no");
    String person = api.post("contacts", """
        {"type": "PERSON", "name": "Fiona Fact", "companyNo": "%s", "email": "fiona@factbox.example", "phone": "+44 20 7946 0001",
         "address": "1 Fact Street", "city": "London"}""".formatted(company)).object().getString("no");
    api.post("contacts/" + person + "/interactions",
        "{\"interactionTemplateCode\": \"BUS\", \"description\": \"Phoned about <i>the</i> offer\", \"date\": \"2026-11-30\", \"time\": \"10:30:00\"}");
    String segmentNo = api.post("segments", "{\"description\": \"FactBox check\"}").object().getString("no");
    api.post("segments/" + segmentNo + "/lines", "{\"contactNo\": \"" + person + "\"}");
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("segment/card.xhtml?no=" + segmentNo);
      assertThat(browser.pageSource()).as("no drop-down carrying every campaign").doesNotContain("Lookup probe");
      assertThat(browser.suggestions("form:campaignNo", "lookup probe")).as("the first ten matches only")
          .hasSize(10).allMatch(label -> label.contains(" · Lookup probe "));
      browser.suggest("form:campaignNo", "probe 12", lastProbe + " · Lookup probe 12");
      browser.click("form:save");
      assertThat(browser.messages()).contains("Saved.");
      assertThat(api.get("segments/" + segmentNo).object().getString("campaignNo")).isEqualTo(lastProbe);

      assertThat(browser.text("form:factBox")).contains("Select a line to see its contact.");
      browser.clickXpath("//*[@id='form:lines_data']/tr[1]/td[3]"); // the contact's name: the line no. opens the line
      browser.waitForText("form:fbEmail", "fiona@factbox.example");
      assertThat(browser.text("form:fbCompany")).isEqualTo(company + " · FactBox <b>Holdings</b>");
      assertThat(browser.text("form:fbPhone")).isEqualTo("+44 20 7946 0001");
      assertThat(browser.text("form:fbLast")).contains("11/30/2026").contains("BUS").contains("Phoned about <i>the</i> offer");
      shot(browser, "40-segment-card-factbox");

      browser.open("interaction/log.xhtml?contactNo=" + person);
      browser.clickXpath("//*[@id='form:entries_data']/tr[1]/td[1]");
      browser.waitForText("form:fbEmail", "fiona@factbox.example");
      assertThat(browser.text("form:fbLast")).contains("Phoned about <i>the</i> offer");
    }
  }

  @Test
  void anInteractionStartedOnAContactIsKeptAsPostponedThenResumedWithItsValuesAndFinished() {
    Api api = new Api(url);
    String contactNo = api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Wizard Ltd\", \"languageCode\": \"FRA\"}")
        .object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("contact/card.xhtml?no=" + contactNo);
      browser.click("form:createInteraction");
      browser.waitForUrl("interaction/create");
      browser.suggest("form:template", "BUS", "BUS · Business letter");
      browser.waitForText("form:correspondenceType_label", "Hard Copy");
      assertThat(browser.text("form:languageCode_label")).as("the contact's: BUS has a French text").startsWith("FRA");
      browser.type("form:description", "Called about the trade show");
      browser.choose("form:evaluation", "Positive");
      browser.check("form:send");
      browser.type("form:letterBody", "Merci pour votre appel, {{contact.name}}.");
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
      assertThat(browser.element("form:letterBody").getAttribute("value")).as("the text it kept when it was postponed")
          .isEqualTo("Merci pour votre appel, {{contact.name}}.");
      browser.click("form:finish");
      browser.waitForText("form:downloadLetter", "Download the letter");
      assertThat(PdfText.of(browser.download("form:downloadLetter")).replaceAll("\\s+", " "))
          .contains("Merci pour votre appel, Wizard Ltd.");
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

  @Test
  void aPhoneCallIsRecordedFromTheContactThenCommentedCanceledAndDeletedOnTheLogWithItsStatistics() {
    Api api = new Api(url);
    String contactNo = api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Phoned Ltd\", \"phone\": \"+44 20 7946 0123\"}")
        .object().getString("no");
    long old = api.post("contacts/" + contactNo + "/interactions", "{\"interactionTemplateCode\": \"BUS\", \"date\": \"2032-05-04\"}")
        .expect(201).getJsonNumber("entryNo").longValue();
    api.post("interaction-log-entries/" + old + "/cancel", "").expect(200);
    api.post("contacts/" + contactNo + "/interactions", "{\"interactionTemplateCode\": \"BUS\", \"date\": \"2032-05-05\"}").expect(201);
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("contact/card.xhtml");
      assertThat(browser.text("form:language_label")).as("the setup's default").startsWith("ENU");
      assertThat(browser.text("form:corrType_label")).as("the setup's default").isEqualTo("Hard Copy");
      assertThat(browser.element("form:salesperson_input").getAttribute("value")).as("the manager's salesperson").startsWith("HR");

      browser.open("contact/card.xhtml?no=" + contactNo);
      browser.click("form:makePhoneCall");
      browser.waitForDialog("phoneCallDialog");
      assertThat(browser.text("phoneCallForm:dial")).isEqualTo("+44 20 7946 0123");
      browser.type("phoneCallForm:callDescription", "Asked for a quote");
      browser.type("phoneCallForm:callDuration_input", "-5");
      browser.click("phoneCallForm:recordCall");
      assertThat(browser.errorsIn("phoneCallForm")).contains("The cost and the duration of an interaction cannot be negative.");
      assertThat(api.get("interaction-log-entries?contactNo=" + contactNo).object().getInt("total")).as("nothing written").isEqualTo(2);
      browser.element("phoneCallForm:callDuration_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "7");
      browser.choose("phoneCallForm:callEvaluation", "Positive");
      browser.check("phoneCallForm:callFailed");
      shots(browser, "34-make-phone-call");
      browser.click("phoneCallForm:recordCall");
      browser.waitForDialogClosed("phoneCallDialog");
      assertThat(browser.messages()).contains("The call with " + contactNo + " is recorded.");
      JsonObject call = api.get("interaction-log-entries?contactNo=" + contactNo + "&sort=-entryNo").object()
          .getJsonArray("items").getJsonObject(0);
      assertThat(List.of(call.getString("interactionTemplateCode"), call.getString("description"), call.getString("evaluation"),
          call.getString("salespersonCode"))).containsExactly("PHONE", "Asked for a quote", "POSITIVE", "HR");
      assertThat(call.getJsonNumber("duration").intValue()).isEqualTo(7);
      assertThat(call.getBoolean("attemptFailed")).isTrue();

      browser.open("interaction/log.xhtml?contactNo=" + contactNo);
      List<Long> entryNos = browser.driver().findElements(By.cssSelector("[id='form:entries_data'] > tr > td:first-child"))
          .stream().map(cell -> Long.parseLong(cell.getText().trim())).toList();
      assertThat(entryNos).as("the log lists the newest entry first").hasSize(3)
          .isSortedAccordingTo(java.util.Comparator.reverseOrder());
      browser.click("form:entries:0:comments");
      browser.waitForDialog("commentsDialog");
      browser.type("logDialogs:newComment", "Quote sent the same day");
      browser.click("logDialogs:addComment");
      browser.waitForText("logDialogs:commentList", "Quote sent the same day");
      shots(browser, "35-log-entry-comments");
      browser.click("logDialogs:closeComments");
      browser.waitForDialogClosed("commentsDialog");
    }
  }

  /**
   * F-32: with "Send the template's text" the wizard shows the text merged for the contact, which
   * can be edited and previewed as a letter (nothing kept); Finish keeps the letter as sent and
   * offers it here. A template without a text says so and writes nothing.
   */
  @Test
  void anInteractionsLetterIsReadEditedPreviewedThenKeptByFinishAndDownloaded() {
    Api api = new Api(url);
    String suffix = String.valueOf(System.nanoTime() % 100_000);
    String template = "WL" + suffix;
    String textless = "WN" + suffix;
    api.post("interaction-templates", "{\"code\": \"" + template + "\", \"description\": \"Wizard letter\","
        + " \"languageCode\": \"ENU\", \"correspondenceType\": \"HARD_COPY\"}").expect(201);
    api.put("interaction-templates/" + template + "/languages/ENU", "{\"subject\": \"Your visit\","
        + " \"body\": \"Thank you for your visit, {{contact.name}}.\"}").expect(200);
    api.post("interaction-templates", "{\"code\": \"" + textless + "\", \"description\": \"No text\","
        + " \"languageCode\": \"ENU\", \"correspondenceType\": \"HARD_COPY\"}").expect(201);
    String contactNo = api.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Walt Wizard\", \"languageCode\": \"ENU\","
        + " \"city\": \"Leeds\"}").object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("interaction/create.xhtml?contactNo=" + contactNo);
      browser.suggest("form:template", textless, textless + " · No text");
      browser.check("form:send");
      assertThat(browser.messages()).contains("Template " + textless + " has no text in language ENU: there is no letter"
          + " or email to send. Choose another template or language, or finish without sending.");
      browser.click("form:finish");
      assertThat(browser.messages()).contains("Template " + textless + " has no text in language ENU: there is no letter"
          + " or email to send. Choose another template or language, or finish without sending.");
      assertThat(api.get("interaction-log-entries?contactNo=" + contactNo).object().getInt("total")).as("nothing written").isZero();

      browser.suggest("form:template", template, template + " · Wizard letter");
      browser.waitForText("form:correspondenceType_label", "Hard Copy");
      browser.check("form:send");
      assertThat(browser.element("form:letterBody").getAttribute("value")).isEqualTo("Thank you for your visit, Walt Wizard.");
      assertThat(browser.element("form:letterSubject").getAttribute("value")).isEqualTo("Your visit");
      browser.type("form:letterBody", "Thank you for coming to Leeds, {{contact.name}}.");
      assertThat(PdfText.of(browser.download("form:previewLetter")).replaceAll("\\s+", " "))
          .contains("Your visit", "Thank you for coming to Leeds, Walt Wizard.");
      assertThat(api.get("interaction-log-entries?contactNo=" + contactNo).object().getInt("total")).as("a preview keeps nothing").isZero();
      browser.js("document.getElementById('form:letter').scrollIntoView();");
      shots(browser, "36-create-interaction-letter");

      browser.click("form:finish");
      browser.waitForText("form:downloadLetter", "Download the letter");
      assertThat(browser.messages()).anyMatch(m -> m.matches("Interaction \\d+ is recorded with its letter: download it to print it\\."));
      assertThat(PdfText.of(browser.download("form:downloadLetter")).replaceAll("\\s+", " "))
          .contains("Thank you for coming to Leeds, Walt Wizard.").contains("Leeds");
      shots(browser, "37-create-interaction-letter-finished");
    }
    JsonObject entries = api.get("interaction-log-entries?contactNo=" + contactNo).object();
    assertThat(entries.getInt("total")).isEqualTo(1);
    assertThat(entries.getJsonArray("items").getJsonObject(0).getString("deliveryStatus")).isEqualTo("PRINTED");
    try (BrowserSession browser = new BrowserSession(url, "fr-FR")) {
      browser.open("interaction/create.xhtml?contactNo=" + contactNo);
      browser.suggest("form:template", template, template + " · Wizard letter");
      browser.check("form:send");
      assertThat(browser.element("form:letterBody").getAttribute("value")).isEqualTo("Thank you for your visit, Walt Wizard.");
      browser.js("document.getElementById('form:letter').scrollIntoView();");
      shots(browser, "38-fr-create-interaction-letter");
    }

    String emailContact = api.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Emma Email\", \"languageCode\": \"ENU\","
        + " \"email\": \"emma@wizard.example\"}").object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("interaction/create.xhtml?contactNo=" + emailContact);
      browser.suggest("form:template", template, template + " · Wizard letter");
      browser.waitForText("form:correspondenceType_label", "Hard Copy");
      browser.choose("form:correspondenceType", "E-Mail");
      browser.check("form:send");
      assertThat(browser.element("form:letterBody").getAttribute("value")).isEqualTo("Thank you for your visit, Emma Email.");
      browser.click("form:finish");
      browser.waitForUrl("contact/card");
      assertThat(browser.messages()).anyMatch(m -> m.matches("Interaction \\d+ is recorded; its email is in the outbox\\."));
    }
    JsonObject emails = api.get("emails?contactNo=" + emailContact).object();
    assertThat(emails.getInt("total")).as("Finish with E-Mail queues one email").isEqualTo(1);
    JsonObject email = api.get("emails/" + emails.getJsonArray("items").getJsonObject(0).getJsonNumber("id")).object();
    assertThat(email.getString("subject")).isEqualTo("Your visit");
    assertThat(email.getString("bodyHtml")).contains("Thank you for your visit, Emma Email.");
    assertThat(api.get("interaction-log-entries?contactNo=" + emailContact).object().getJsonArray("items").getJsonObject(0)
        .getString("correspondenceType")).isEqualTo("EMAIL");
  }

  /**
   * F-33 in the browser, as the administrator: cancel and restore an entry, delete a canceled one
   * (confirmed), the figures per template and per group counting only entries not canceled, and
   * the batch deletion of the canceled entries of a period.
   */
  @Test
  void administratorCancelsRestoresAndDeletesLogEntriesAndSeesTheFiguresChange() {
    String template = "LT" + System.nanoTime() % 100_000;
    String group = template.replace("LT", "LG");
    Api api = new Api(url);
    api.post("codes/interaction-groups", "{\"code\": \"" + group + "\", \"description\": \"Log group\"}").expect(201);
    api.post("interaction-templates", "{\"code\": \"" + template + "\", \"description\": \"Log test\","
        + " \"interactionGroupCode\": \"" + group + "\", \"unitCost\": 2.5, \"unitDuration\": 10}").expect(201);
    String contactNo = api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Logged Ltd\"}").object().getString("no");
    String path = "contacts/" + contactNo + "/interactions";
    long first = api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"date\": \"2033-02-01\"}")
        .expect(201).getJsonNumber("entryNo").longValue();
    long second = api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"date\": \"2033-02-02\"}")
        .expect(201).getJsonNumber("entryNo").longValue();
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("interaction/log.xhtml?contactNo=" + contactNo);
      assertThat(figures(browser, "byTemplate", template)).isEqualTo("2 5.00 20.00");
      assertThat(figures(browser, "byGroup", group)).isEqualTo("2 5.00 20.00");
      shots(browser, "39-log-statistics");
      browser.click("logDialogs:closeStatistics");
      browser.waitForDialogClosed("statisticsDialog");

      entryAction(browser, second, "cancelEntry");
      assertThat(browser.messages()).contains("Entry " + second + " is canceled: it no longer counts in the statistics.");
      assertThat(figures(browser, "byTemplate", template)).as("canceled: not counted").isEqualTo("1 2.50 10.00");
      assertThat(figures(browser, "byGroup", group)).isEqualTo("1 2.50 10.00");
      browser.click("logDialogs:closeStatistics");
      browser.waitForDialogClosed("statisticsDialog");
      entryAction(browser, second, "restoreEntry");
      assertThat(browser.messages()).contains("Entry " + second + " is restored: it counts again.");
      assertThat(api.get("interaction-log-entries/" + second).object().getBoolean("canceled")).isFalse();

      entryAction(browser, second, "cancelEntry");
      entryAction(browser, second, "deleteEntry");
      browser.waitForDialog("confirmDialog");
      browser.click("form:confirmYes");
      assertThat(browser.messages()).contains("Entry " + second + " is deleted.");
      assertThat(api.get("interaction-log-entries/" + second).status()).isEqualTo(404);

      entryAction(browser, first, "cancelEntry");
      browser.click("form:deleteCanceled");
      browser.waitForDialog("deleteCanceledDialog");
      browser.typeDate("form:deleteFrom", "02/01/2033");
      browser.typeDate("form:deleteTo", "02/01/2033");
      shots(browser, "41-log-delete-canceled");
      browser.click("form:deleteCanceledNow");
      browser.waitForDialog("confirmDialog");
      browser.click("form:confirmYes");
      browser.waitForDialogClosed("deleteCanceledDialog");
      assertThat(browser.messages()).anyMatch(m -> m.matches("\\d+ canceled (entry was|entries were) deleted\\."));
      assertThat(api.get("interaction-log-entries/" + first).status()).isEqualTo(404);
    }
    assertThat(api.get("interaction-log-entries?contactNo=" + contactNo).object().getInt("total")).isZero();
  }

  /** Presses an action button (its id ends with {@code action}) on the log's row of an entry. */
  private static void entryAction(BrowserSession browser, long entryNo, String action) {
    browser.clickXpath("//*[@id='form:entries_data']/tr[td[1][normalize-space()='" + entryNo + "']]"
        + "//button[substring(@id, string-length(@id) - " + (action.length() - 1) + ") = '" + action + "']");
  }

  /** "count cost duration" of a template's or group's row in the log's statistics dialog, opened for all dates. */
  private static String figures(BrowserSession browser, String table, String code) {
    if (!(Boolean) browser.js("return PF('statisticsDialog').isVisible();")) {
      browser.click("form:statistics");
      browser.waitForDialog("statisticsDialog");
    }
    List<String> row = browser.driver().findElements(By.xpath("//*[@id='logDialogs:" + table + "_data']/tr[td[1][normalize-space()='"
        + code + "']]/td")).stream().map(cell -> cell.getText().trim()).toList();
    return String.join(" ", row.subList(Math.min(1, row.size()), row.size()));
  }

  /** 09:00 on the day in the server's zone (the tests run on the same machine). */
  private static Instant nineOn(String day) {
    return LocalDate.parse(day).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
  }

  /** Screenshots at 1366x768 and 1920x1080. */
  /** Step 1 of the story by import (F-04): preview with an error row, import of the valid rows and the rows skipped. */
  @Test
  void businessCardsImportedFromTheContactsListArePreviewedThenTheValidOnesImported() throws IOException {
    Path cards = Files.writeString(Files.createDirectories(Path.of("target", "uploads")).resolve("business-cards.csv"), """
        name;company;type;email;job_responsibilities
        Fair Stand Ltd;;COMPANY;stand@fair.example;
        Cara Card;Fair Stand Ltd;PERSON;cara@fair.example;PURCHASE|SALES
        No Mail;;PERSON;no-mail;
        """);
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("contact/list.xhtml");
      browser.click("form:importContacts");
      browser.waitForUrl("contact/import");
      upload(browser, cards);
      browser.click("form:preview");
      browser.waitForText("form:summary", "3 rows: 2 valid, 1 with errors.");
      assertThat(browser.text("form:previewErrors")).contains("3 email The email address \"no-mail\" is not valid.");
      assertThat(browser.text("form:firstRows")).contains("Fair Stand Ltd", "Cara Card");
      shots(browser, "40-contact-import-preview");
      browser.check("form:skipInvalid");
      browser.click("form:import");
      browser.waitForText("form:status", "2 contacts created, 1 rows skipped.");
      assertThat(browser.text("form:resultErrors")).contains("3 email The email address \"no-mail\" is not valid.");
      shots(browser, "41-contact-import-result");
      assertThat(new String(browser.download("form:rejected"), StandardCharsets.UTF_8).lines().toList())
          .as("the rejected row as it was, with why: corrected, it imports again")
          .containsExactly("name;company;type;email;job_responsibilities;errors",
              "No Mail;;PERSON;no-mail;;\"email: The email address \"\"no-mail\"\" is not valid.\"");

      browser.open("contact/list.xhtml");
      WebElement nameFilter = browser.driver().findElement(By.xpath("//th[.//span[@class='ui-column-title' and normalize-space()='Name']]//input"));
      nameFilter.sendKeys("Cara Card");
      browser.waitForExactText("form:total", "1 records");
      String exported = new String(browser.download("form:exportContacts"), StandardCharsets.UTF_8);
      assertThat(exported.lines().count()).as("the header and the one contact the list shows").isEqualTo(2);
      assertThat(exported).contains("Cara Card", "cara@fair.example", "PURCHASE|SALES").doesNotContain("Fair Stand Ltd;;COMPANY");
    }
    try (BrowserSession browser = new BrowserSession(url, "fr-FR", "manager", "manager-demo")) {
      browser.open("contact/import.xhtml");
      browser.driver().findElement(By.id("form:upload_input")).sendKeys(cards.toAbsolutePath().toString());
      browser.waitForText("form:mappingPanel", "Champ du contact");
      browser.click("form:preview");
      browser.waitForText("form:summary", "3");
      assertThat(browser.text("form:previewErrors")).contains("no-mail");
      shots(browser, "42-fr-contact-import-preview");
    }
  }

  private static void upload(BrowserSession browser, Path file) {
    browser.driver().findElement(By.id("form:upload_input")).sendKeys(file.toAbsolutePath().toString());
    browser.waitForText("form:mappingPanel", "Contact field");
  }

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
