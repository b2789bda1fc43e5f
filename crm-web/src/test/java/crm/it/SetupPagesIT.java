package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The administrator's setup pages and the outbox console in a headless Chromium: code tables
 * and salespeople, number series, the marketing setup, the outbox after logging an email
 * segment, and dates and amounts in the user's language. Screenshots go to target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SetupPagesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  /**
   * Issue 15: every page, with a record where it shows one, runs under a policy that allows only
   * the application's own scripts and those with the page's nonce; the browser reports no
   * violation (checked when the session closes, as in every browser test). Issue 13: no two
   * actions of a page share a label, in English and in French.
   */
  @Test
  void everyPageRunsUnderTheContentSecurityPolicyAndNoTwoActionsShareALabel() {
    Api api = new Api(url);
    String contact = first(api, "contacts", "no");
    String campaign = api.post("campaigns", "{\"description\": \"Every page\"}").object().getString("no");
    String template = first(api, "interaction-templates", "code");
    String segment = api.post("segments", "{\"description\": \"Every page, with a description long enough to be cut"
        + " in a list\", \"interactionTemplateCode\": \"" + template + "\"}").object().getString("no");
    // Interaction log entries to show: issue 13's squeezed columns were found in the log.
    assertThat(api.post("segments/" + segment + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}")
        .status()).isEqualTo(200);
    String logged = answer(api.post("segments/" + segment + "/log", "{\"sendAttachments\": false}"), 200).getString("no");
    String toDo = api.post("to-dos", "{\"description\": \"Every page\", \"contactNo\": \"" + contact
        + "\", \"dueAt\": \"2030-01-07T09:00:00Z\"}").object().getString("no");
    List<String> pages = List.of("", "contact/list.xhtml", "contact/card.xhtml?no=" + contact,
        "campaign/list.xhtml", "campaign/card.xhtml?no=" + campaign, "campaign/entries.xhtml", "segment/list.xhtml",
        "segment/card.xhtml?no=" + segment, "segment/logged.xhtml", "segment/logged-card.xhtml?no=" + logged, "interaction/log.xhtml",
        "interaction/templates.xhtml", "interaction/template.xhtml?code=" + template, "email/compose.xhtml?contactNo="
        + contact, "mail/outbox.xhtml", "security/users.xhtml", "setup/audit.xhtml", "setup/codes.xhtml",
        "setup/marketing.xhtml", "setup/number-series.xhtml", "setup/salespeople.xhtml", "scheduling/jobs.xhtml",
        "todo/list.xhtml", "todo/card.xhtml?no=" + toDo, "todo/card.xhtml", "email/action-cards.xhtml",
        "forbidden.xhtml", "campaign/price-lookup.xhtml");
    assertThat(api.header("contacts", "Content-Security-Policy")).contains("frame-ancestors 'self'");
    for (String language : List.of("en-US", "fr-FR")) {
      try (BrowserSession browser = new BrowserSession(url, language)) {
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        for (String page : pages) {
          browser.open(page);
          assertThat(browser.title()).as(page).isNotBlank();
          assertThat(browser.securityPolicyViolations()).as(page).isEmpty();
          assertThat(browser.actionsSharingALabel()).as("issue 13: actions of %s (%s) with one label", page, language)
              .isEmpty();
          assertThat(browser.squeezedCells()).as("issue 13: cut cells of %s (%s) at 1366 px", page, language).isEmpty();
          assertThat(browser.toolbarsOnSeveralRows()).as("issue 13: action bars of %s (%s) at 1366 px", page, language)
              .isEmpty();
        }
        assertThat(browser.scriptPolicy()).as("the page's policy").contains("script-src 'self' 'nonce-")
            .doesNotContain("unsafe-eval").doesNotContain("unsafe-inline");
      }
    }
  }

  /**
   * Issue 13: a segment card asks before it deletes a line (No by default), offers no Log without
   * lines, preselects no saved criteria and says a required field is empty in the user's words.
   * After Log it says what was logged, with the logged segment, its letters and its follow-up; the
   * logged segment card shows its entries, emails and campaign entry, and Cancel says what it does.
   * Logged segments leave the Segments list unless asked for.
   */
  @Test
  void aLoggedSegmentSaysWhatWasLoggedAndHasItsOwnCard() throws Exception {
    Api api = new Api(url);
    String campaign = answer(api.post("campaigns", "{\"description\": \"Logged card\"}"), 201).getString("no");
    String segment = answer(api.post("segments", "{\"description\": \"Spring letters\", \"campaignNo\": \"" + campaign
        + "\", \"campaignTarget\": true, \"interactionTemplateCode\": \"BUS\", \"subject\": \"Spring news\","
        + " \"languageCode\": \"ENU\", \"correspondenceType\": \"HARD_COPY\"}"), 201).getString("no");
    String logged;
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("segment/card.xhtml?no=" + segment);
      assertThat(browser.element("form:log").isEnabled()).as("Log without lines").isFalse();
      browser.type("form:description", "");
      browser.click("form:save");
      assertThat(browser.messages()).contains("Description: enter a value.");

      answer(api.post("segments/" + segment + "/add-contacts", "{\"contactNoFrom\": \"CT000049\", \"contactNoTo\": \"CT000055\"}"), 200);
      answer(api.post("segments/" + segment + "/save-criteria", "{\"code\": \"OTHERS-" + segment + "\"}"), 201);
      answer(api.post("segments/" + segment + "/reduce-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"],"
          + " \"countryCodes\": [\"DE\", \"GB\"], \"contactNoFrom\": \"CT999990\"}"), 200);
      browser.open("segment/card.xhtml?no=" + segment);
      long lines = Long.parseLong(browser.text("noOfLines"));
      assertThat(browser.text("form:actions:0:words")).as("issue 13: criteria actions in words")
          .isEqualTo("Add contacts numbered CT000049 to CT000055");
      assertThat(browser.text("form:actions:1:words")).isEqualTo("Remove contacts whose job responsibility is Purchase,"
          + " whose country is Germany or United Kingdom and numbered CT999990 to …");
      assertThat(browser.text("form:lines:0:typeUsed")).as("Sarah O'Brien prefers email to the header's Hard Copy")
          .isEqualTo("E-Mail");
      assertThat(browser.text("form:lines:1:typeUsed")).isEqualTo("Hard Copy");
      assertThat(browser.text("form:lines:1:languageUsed")).isEqualTo("ENU");
      browser.click("form:lines:0:deleteLine");
      browser.waitForDialog("confirmDialog");
      browser.waitForFocus("form:confirmNo");
      browser.click("form:confirmNo");
      assertThat(browser.text("noOfLines")).isEqualTo(String.valueOf(lines));
      browser.click("form:lines:0:deleteLine");
      browser.waitForDialog("confirmDialog");
      browser.click("form:confirmYes");
      browser.waitForExactText("noOfLines", String.valueOf(lines - 1));
      assertThat(browser.messages()).contains("Line deleted.");
      browser.chooseFromMenu("form:criteriaMenu_button", "form:reuseCriteria");
      browser.waitForDialog("reuseCriteriaDialog");
      assertThat(browser.text("reuseForm:code_label")).isEqualTo("(choose one)");
      browser.click("reuseForm:ok");
      assertThat(browser.errorsIn("reuseForm")).contains("Saved criteria: enter a value.");
      browser.js("PF('reuseCriteriaDialog').hide();");

      long emailLines = browser.driver().findElements(By.xpath("//*[contains(@id,':typeUsed')][.='E-Mail']")).size();
      browser.click("form:log");
      browser.waitForDialog("logDialog");
      Matcher forecast = Pattern.compile("With Send attachments: (\\d+) letters? printed and (\\d+) emails? queued for (\\d+) lines\\.")
          .matcher(browser.text("logForm:forecastSent"));
      assertThat(forecast.matches()).as(browser.text("logForm:forecastSent")).isTrue();
      assertThat(forecast.group(2)).as("one email a line that goes by email").isEqualTo(String.valueOf(emailLines));
      assertThat(forecast.group(3)).isEqualTo(String.valueOf(lines - 1));
      pictures(browser, "29-log-dialog-forecast");
      browser.js("PF('logDialog').hide();");
      browser.click("form:print");
      browser.waitForDialog("printDialog");
      assertThat(browser.text("printForm:forecastSent")).isEqualTo("Print gives " + forecast.group(1) + " letters for " + (lines - 1) + " lines.");
      assertThat(browser.text("printForm:forecastEmails")).as("why fewer letters than lines").isEqualTo(emailLines == 1
          ? "1 line goes by email, not on paper." : emailLines + " lines go by email, not on paper.");
      byte[] labels = browser.download("printForm:labelsSheet");
      assertThat(new com.lowagie.text.pdf.PdfReader(labels).getNumberOfPages()).as("one label a line, 24 a sheet")
          .isEqualTo((int) ((lines - 1 + 23) / 24));
      browser.js("PF('printDialog').hide();");
      answer(api.post("segments/" + segment + "/log", "{\"sendAttachments\": true, \"createFollowUpSegment\": true}"), 200);
      browser.open("segment/card.xhtml?no=" + segment);
      Matcher status = Pattern.compile("Segment logged as (\\S+) with (\\d+) interactions\\.")
          .matcher(browser.text("logProgressForm:logStatus"));
      assertThat(status.matches()).as(browser.text("logProgressForm:logStatus")).isTrue();
      logged = status.group(1);
      Matcher counts = Pattern.compile("Letters (\\d+), emails (\\d+)\\. Started by admin on \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\.")
          .matcher(browser.text("logProgressForm:logCounts"));
      assertThat(counts.matches()).as(browser.text("logProgressForm:logCounts")).isTrue();
      long letters = Long.parseLong(counts.group(1));
      long emails = Long.parseLong(counts.group(2));
      assertThat(Long.parseLong(status.group(2))).isEqualTo(lines - 1).isEqualTo(letters + emails);
      assertThat(letters).as("letters as forecast").isEqualTo(Long.parseLong(forecast.group(1))).isPositive();
      assertThat(emails).as("emails as forecast").isEqualTo(emailLines);
      assertThat(emails).as("emails of contacts who prefer them").isPositive();
      assertThat(browser.text("loggedNo")).isEqualTo(logged);
      assertThat(PdfText.of(browser.printLetters("logProgressForm:logLetters"))).contains("Spring news");
      assertThat(browser.text("logProgressForm:openFollowUp")).startsWith("Open follow-up segment ");
      pictures(browser, "30-segment-card-logged");

      browser.click("logProgressForm:openLogged");
      browser.waitForTitle(logged + " · Spring letters");
      assertThat(browser.text("factEntries")).isEqualTo(String.valueOf(letters + emails));
      assertThat(browser.text("form:entries_paginator_bottom")).contains("/ " + (letters + emails));
      assertThat(browser.text("form:emails")).contains("Spring news");
      assertThat(browser.text("form:campaignEntryDescription")).isEqualTo("Spring letters");
      assertThat(PdfText.of(browser.printLetters("form:letters"))).contains("Spring news");
      pictures(browser, "31-logged-segment-card");
      browser.click("form:cancel");
      browser.waitForDialog("confirmDialog");
      assertThat(browser.text("form:confirmDialog")).contains("Cancel logged segment " + logged + "?")
          .contains("stop counting in the campaign's statistics");
      browser.waitForFocus("form:confirmNo");
      browser.click("form:confirmYes");
      browser.waitForText("factCanceled", "Canceled");
      assertThat(browser.messages()).contains("Logged segment " + logged + " canceled.");

      browser.open("segment/list.xhtml");
      browser.driver().findElement(By.cssSelector("[id='form:segments'] thead th:first-child input")).sendKeys(segment);
      browser.waitForText("form:segments", "No records to show.");
      pictures(browser, "32-segments-without-logged");
      browser.check("form:showLogged");
      browser.waitForText("form:segments", segment);
      assertThat(browser.text("form:segments")).contains(logged);
    }
    try (BrowserSession browser = new BrowserSession(url, "fr-FR")) {
      browser.open("segment/card.xhtml?no=" + segment);
      assertThat(browser.text("form:actions:1:words")).isEqualTo("Retirer les contacts dont la responsabilité est Purchase,"
          + " dont le pays est Allemagne ou Royaume-Uni et numérotés de CT999990 à …");
      assertThat(browser.text("logProgressForm:logStatus")).startsWith("Segment journalisé sous le n° " + logged + " ");
      assertThat(browser.text("logProgressForm:openLogged")).isEqualTo("Ouvrir le segment journalisé " + logged);
      pictures(browser, "33-segment-card-logged-fr");
      browser.open("segment/logged-card.xhtml?no=" + logged);
      assertThat(browser.text("factCanceled")).isEqualTo("Annulé");
      pictures(browser, "34-logged-segment-card-fr");
      browser.open("segment/card.xhtml?no=" + browser.text("form:followUp"));
      browser.click("form:log");
      browser.waitForDialog("logDialog");
      assertThat(browser.text("logForm:forecastSent")).startsWith("Avec Envoyer les pièces jointes : ");
      pictures(browser, "35-log-dialog-fr");
      browser.js("PF('logDialog').hide();");
      browser.type("form:description", "");
      browser.click("form:save");
      assertThat(browser.messages()).contains("Description : saisissez une valeur.");
    }
  }

  /** Screenshots at 1366 x 768 and 1920 x 1080 (issue 13), then back to the first size. */
  /**
   * Issue 13: the segment card works from the keyboard alone. A dialog that opens takes the focus,
   * its fields and its OK are reached with Tab, Enter applies the step; Escape closes a dialog and
   * gives the focus back to the button that opened it.
   */
  @Test
  void theSegmentCardAndItsDialogsWorkFromTheKeyboard() {
    Api api = new Api(url);
    String segment = answer(api.post("segments", "{\"description\": \"Keyboard only\", \"interactionTemplateCode\": \"BUS\"}"),
        201).getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("segment/card.xhtml?no=" + segment);
      browser.element("form:addContacts").sendKeys(Keys.ENTER);
      browser.waitForDialog("stepDialog");
      browser.waitForFocus("stepForm:jobResponsibility_focus");
      tabTo(browser, "stepForm:contactNoFrom");
      browser.driver().switchTo().activeElement().sendKeys("CT000049");
      tabTo(browser, "stepForm:contactNoTo");
      browser.driver().switchTo().activeElement().sendKeys("CT000052");
      tabTo(browser, "stepForm:stepOk");
      browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      browser.waitForDialogClosed("stepDialog");
      browser.waitForExactText("noOfLines", "4");

      browser.element("form:log").sendKeys(Keys.ENTER);
      browser.waitForDialog("logDialog");
      assertThat(browser.js("return document.activeElement.closest('.ui-dialog') !== null;")).as("focus in the Log dialog")
          .isEqualTo(true);
      browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      browser.waitForDialogClosed("logDialog");
      browser.waitForFocus("form:log");
      assertThat(browser.text("noOfLines")).as("Escape logged nothing").isEqualTo("4");
    }
  }

  /**
   * A segment line's own values from the card (F-21): the line no. opens the line, its description
   * shows under the contact's name and is the description of that line's log entry, while the
   * other line's entry takes the segment's.
   */
  @Test
  void aSegmentLineGetsItsOwnDescriptionFromTheCardAndLogsIt() {
    Api api = new Api(url);
    String segment = answer(api.post("segments", "{\"description\": \"Stand visit\", \"interactionTemplateCode\": \"BUS\"}"),
        201).getString("no");
    long own = answer(api.post("segments/" + segment + "/lines", "{\"contactNo\": \"CT000049\"}"), 201).getJsonNumber("lineNo")
        .longValue();
    answer(api.post("segments/" + segment + "/lines", "{\"contactNo\": \"CT000050\"}"), 201);
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("segment/card.xhtml?no=" + segment);
      browser.click("form:lines:0:editLine");
      browser.waitForDialog("lineDialog");
      assertThat(browser.element("lineForm:lineDescriptionField").getAttribute("value")).as("none of its own yet").isEmpty();
      browser.type("lineForm:lineDescriptionField", "Met at the stand");
      browser.check("lineForm:lineResponse");
      browser.click("lineForm:saveLine");
      browser.waitForDialogClosed("lineDialog");
      assertThat(browser.messages()).contains("Line " + own + " saved.");
      assertThat(browser.text("form:lines:0:lineDescription")).isEqualTo("Met at the stand");
      pictures(browser, "segment-line");
    }
    JsonObject line = answer(api.get("segments/" + segment + "/lines/" + own), 200);
    assertThat(line.getString("description")).isEqualTo("Met at the stand");
    assertThat(line.getBoolean("campaignResponse")).isTrue();

    String logged = answer(api.post("segments/" + segment + "/log", "{}"), 200).getString("no");
    JsonArray entries = answer(api.get("interaction-log-entries?loggedSegmentNo=" + logged + "&size=10"), 200).getJsonArray("items");
    Map<String, String> descriptions = new HashMap<>();
    entries.getValuesAs(JsonObject.class).forEach(e -> descriptions.put(e.getString("contactNo"), e.getString("description")));
    assertThat(descriptions).containsEntry("CT000049", "Met at the stand").containsEntry("CT000050", "Stand visit");
  }

  /** Presses Tab until the element of the given id has the focus (at most 30 times). */
  private static void tabTo(BrowserSession browser, String id) {
    for (int tab = 0; tab < 30 && !id.equals(browser.js("return document.activeElement.id;")); tab++) {
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(browser.js("return document.activeElement.id;")).as("reached with Tab").isEqualTo(id);
  }

  private static void pictures(BrowserSession browser, String name) {
    browser.driver().manage().window().setSize(new Dimension(1920, 1080));
    browser.screenshot(name + "-1920");
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    browser.screenshot(name + "-1366");
  }

  /**
   * F-13 on the campaign card: Activate refused in words while nothing is marked as target, then
   * the target group counted through the companies; a price refused without a price or discount,
   * then added and found by the price lookup; Deactivate after its confirmation.
   */
  @Test
  void aCampaignIsActivatedPricedAndDeactivatedFromItsCard() {
    Api api = new Api(url);
    String campaign = api.post("campaigns", "{\"description\": \"Card prices\"}").object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("campaign/card.xhtml?no=" + campaign);
      browser.click("form:activate");
      assertThat(browser.messages()).anyMatch(m -> m.startsWith("Campaign " + campaign + " cannot be activated: there are no"
          + " segment lines or logged segments marked as campaign target."));
      assertThat(browser.text("form:targetGroup")).isEqualTo("Not activated");

      String segment = api.post("segments", "{\"description\": \"Card targets\", \"campaignNo\": \"" + campaign
          + "\", \"campaignTarget\": true}").object().getString("no");
      api.post("segments/" + segment + "/add-contacts", "{\"businessRelationCodes\": [\"PRESS\"], \"contactType\": \"PERSON\"}");
      var lines = api.get("segments/" + segment + "/lines?size=100").object().getJsonArray("items");
      Set<String> targets = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        JsonObject line = lines.getJsonObject(i);
        targets.add(line.containsKey("contactCompanyNo") ? line.getString("contactCompanyNo") : line.getString("contactNo"));
      }
      browser.click("form:activate");
      assertThat(browser.messages()).contains("Campaign " + campaign + " is activated: " + targets.size()
          + " contacts in its target group.");
      assertThat(browser.text("form:targetGroup")).isEqualTo("Activated: " + targets.size() + " contacts");

      browser.type("form:priceItemNo", "CARD-1");
      browser.click("form:addPrice");
      assertThat(browser.messages()).contains("The campaign price of item CARD-1 needs a unit price or a discount %.");
      assertThat(api.get("campaigns/" + campaign + "/prices").object().getInt("total")).as("refused: nothing written").isZero();
      browser.element("form:priceUnitPrice_input").sendKeys("480", Keys.TAB);
      browser.click("form:addPrice");
      assertThat(browser.messages()).contains("The price of item CARD-1 is added.");
      assertThat(browser.text("form:prices")).contains("CARD-1", "480.00");
      String lookup = "prices/lookup?itemNo=CARD-1&contactNo=" + lines.getJsonObject(0).getString("contactNo");
      assertThat(api.get(lookup).object().getJsonNumber("unitPrice").doubleValue()).isEqualTo(480);

      browser.click("form:deactivate");
      browser.waitForFocus("form:confirmNo");
      browser.click("form:confirmYes");
      browser.waitForText("form:targetGroup", "Not activated");
      assertThat(api.get("campaigns/" + campaign).object().getBoolean("activated")).isFalse();
      assertThat(api.get(lookup).object().containsKey("unitPrice")).as("no price while deactivated").isFalse();
      browser.js("document.getElementById('form:pricesPanel').scrollIntoView();");
      pictures(browser, "26-campaign-card-prices");
    }
    try (BrowserSession browser = new BrowserSession(url, "fr-FR")) {
      browser.open("campaign/card.xhtml?no=" + campaign);
      assertThat(browser.text("form:targetGroup")).isEqualTo("Non activée");
      browser.js("document.getElementById('form:pricesPanel').scrollIntoView();");
      assertThat(browser.pageSource()).doesNotContain("???");
      pictures(browser, "27-fr-campaign-card-prices");
    }
  }

  /**
   * The campaign card's entries: a logged segment's entry counts in the figures; canceled after
   * its confirmation, the figures drop it at once; "Delete canceled entries" then removes it.
   */
  @Test
  void aCampaignEntryCanceledOnTheCardLeavesTheFiguresAndIsThenDeleted() {
    Api api = new Api(url);
    String campaign = api.post("campaigns", "{\"description\": \"Card entries\"}").object().getString("no");
    String template = first(api, "interaction-templates", "code");
    String segment = api.post("segments", "{\"description\": \"Card entries\", \"campaignNo\": \"" + campaign
        + "\", \"campaignTarget\": true, \"interactionTemplateCode\": \"" + template + "\"}").object().getString("no");
    api.post("segments/" + segment + "/add-contacts", "{\"businessRelationCodes\": [\"PRESS\"], \"contactType\": \"PERSON\"}");
    int lines = api.get("segments/" + segment).object().getInt("noOfLines");
    assertThat(lines).isPositive();
    answer(api.post("segments/" + segment + "/log", "{\"sendAttachments\": false}"), 200);
    long entryNo = api.get("campaigns/" + campaign + "/entries").object().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("entryNo").longValue();
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("campaign/card.xhtml?no=" + campaign);
      assertThat(browser.text("statInteractions")).isEqualTo(String.valueOf(lines));
      browser.click("form:entries:0:cancelEntry");
      browser.waitForFocus("form:confirmNo");
      browser.click("form:confirmYes");
      browser.waitForExactText("statInteractions", "0");
      assertThat(browser.messages()).contains("Entry " + entryNo + " canceled.");
      assertThat(api.get("campaigns/" + campaign + "/statistics").object().getInt("noOfInteractions")).isZero();

      browser.click("form:deleteCanceled");
      browser.waitForFocus("form:confirmNo");
      browser.click("form:confirmYes");
      browser.waitForText("form:entries", "No records");
      assertThat(browser.messages()).contains("1 canceled entries deleted.");
      assertThat(api.get("campaigns/" + campaign + "/entries").object().getInt("total")).isZero();
    }
  }

  /**
   * Issue 12's segment tools and the price lookup, as a marketing user uses them: Add Contacts
   * with related companies, Apply Mailing Group, Delete (segment and canceled logged segment, then
   * the segment whose logged segment is gone), each confirmation worded as its action, and the best
   * campaign price of an item for a contact.
   */
  @Test
  void segmentToolsAndThePriceLookupWorkFromTheirPages() {
    Api api = new Api(url);
    api.post("codes/mailing-groups", "{\"code\": \"TOOLS-MG\", \"description\": \"Segment tools\"}");
    String segment = api.post("segments", "{\"description\": \"Segment tools\"}").object().getString("no");
    long withCompanies = api.post("segments/" + segment + "/preview?action=ADD",
        "{\"jobResponsibilityCodes\": [\"PURCHASE\"], \"allowRelatedCompanies\": true}").object().getInt("count");
    String campaign = api.post("campaigns", "{\"description\": \"Tools prices\"}").object().getString("no");
    String targets = api.post("segments", "{\"description\": \"Tools targets\", \"interactionTemplateCode\": \"BUS\","
        + " \"campaignNo\": \"" + campaign + "\", \"campaignTarget\": true}").object().getString("no");
    api.post("segments/" + targets + "/add-contacts", "{\"businessRelationCodes\": [\"PRESS\"], \"contactType\": \"PERSON\"}");
    JsonObject line = api.get("segments/" + targets + "/lines?size=1").object().getJsonArray("items").getJsonObject(0);
    String contact = line.getString("contactNo");
    String contactName = api.get("contacts/" + contact).object().getString("name");
    api.post("campaigns/" + campaign + "/activate", "");
    api.post("campaigns/" + campaign + "/prices", "{\"itemNo\": \"TOOLS-1\", \"unitPrice\": 480}");
    String logged = api.post("segments/" + targets + "/log", "{}").object().getString("no");
    api.post("logged-segments/" + logged + "/cancel", "");

    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("segment/card.xhtml?no=" + segment);
      browser.click("form:addContacts");
      browser.waitForDialog("stepDialog");
      browser.tick("stepForm:jobResponsibility", "PURCHASE");
      browser.check("stepForm:allowRelated");
      browser.click("stepForm:previewButton");
      assertThat(browser.text("stepForm:previewText")).contains(String.valueOf(withCompanies));
      browser.click("stepForm:stepOk");
      browser.waitForDialogClosed("stepDialog");
      assertThat(browser.text("noOfLines")).isEqualTo(String.valueOf(withCompanies));

      browser.click("form:applyMailingGroup");
      browser.waitForDialog("mailingGroupDialog");
      browser.suggest("mailingGroupForm:mailingGroup", "TOOLS", "TOOLS-MG · Segment tools");
      browser.click("mailingGroupForm:applyMailingGroupOk");
      browser.waitForDialogClosed("mailingGroupDialog");
      assertThat(browser.messages()).anyMatch(m -> m.startsWith("Mailing group TOOLS-MG: " + withCompanies + " contacts"));
      String exported = new String(browser.download("form:exportContacts"), StandardCharsets.UTF_8);
      assertThat(exported.lines().count()).as("the header and a row per contact of the segment").isEqualTo(withCompanies + 1);
      assertThat(exported.lines().skip(1)).as("each with the mailing group just applied").allMatch(row -> row.contains("TOOLS-MG"));

      browser.click("form:deleteSegment");
      browser.waitForFocus("form:confirmNo");
      assertThat(browser.text("form:confirmYes")).as("the answer that acts is worded as the action").isEqualTo("Delete segment");
      browser.click("form:confirmYes");
      browser.waitForUrl("segment/list");
      assertThat(browser.messages()).contains("Segment " + segment + " deleted.");
      assertThat(api.get("segments/" + segment).status()).isEqualTo(404);

      browser.open("segment/logged-card.xhtml?no=" + logged);
      browser.click("form:delete");
      browser.waitForFocus("form:confirmNo");
      assertThat(browser.text("form:confirmYes")).isEqualTo("Delete");
      browser.click("form:confirmYes");
      browser.waitForUrl("segment/logged");
      assertThat(browser.messages()).contains("Logged segment " + logged + " deleted.");
      browser.open("segment/card.xhtml?no=" + targets);
      assertThat(browser.text("loggedNoDeleted")).as("no link to what is gone").isEqualTo(logged + " (deleted)");
      browser.click("form:deleteSegment");
      browser.waitForFocus("form:confirmNo");
      browser.click("form:confirmYes");
      browser.waitForUrl("segment/list");
      assertThat(api.get("segments/" + targets).status()).as("its segment may go too").isEqualTo(404);

      browser.open("campaign/card.xhtml?no=" + campaign);
      browser.click("form:priceLookup");
      browser.waitForUrl("campaign/price-lookup");
      browser.type("form:itemNo", "TOOLS-1");
      browser.suggest("form:contact", contact, contact + " · " + contactName);
      browser.click("form:lookUp");
      assertThat(browser.text("form:unitPrice")).isEqualTo("480.00");
      assertThat(browser.text("form:priceCampaign")).isEqualTo(campaign);
      browser.screenshot("price-lookup");
      browser.type("form:itemNo", "NO-SUCH-ITEM");
      browser.click("form:lookUp");
      assertThat(browser.text("form:nothing")).startsWith("No campaign price or discount for item NO-SUCH-ITEM");
    }
  }

  private static String first(Api api, String resource, String key) {
    return api.get(resource + "?size=1").object().getJsonArray("items").getJsonObject(0).getString(key);
  }

  @Test
  void administratorKeepsCodeTablesAndSalespeopleAndIsToldWhatIsRefused() {
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("");
      browser.suggest("menuForm:pageSearch", "code", "Code tables");
      browser.waitForTitle("Code tables");
      browser.clickLink("Mailing groups");
      browser.waitForUrl("table=MAILING_GROUP");

      addCode(browser, "WEBIT", "Web test group");
      assertThat(browser.messages()).contains("Code WEBIT added.");
      assertThat(browser.text("form:codes")).contains("WEBIT").contains("Web test group");

      addCode(browser, "WEBIT", "Again");
      assertThat(browser.errorsIn("codeForm")).contains("Code WEBIT already exists in the table \"Mailing groups\".");
      browser.screenshot("20-code-table-duplicate-refused");
      browser.click("codeForm:cancel");
      browser.waitForDialogClosed("codeDialog");

      browser.clickLink("Job responsibilities");
      browser.waitForUrl("table=JOB_RESPONSIBILITY");
      deleteRow(browser, "PURCHASE");
      assertThat(browser.messages())
          .contains("Code PURCHASE of the table \"Job responsibilities\" is still in use and cannot be deleted.");
      assertThat(browser.text("form:codes")).contains("PURCHASE");
      browser.screenshot("21-code-table-in-use-refused");

      browser.clickLink("Mailing groups");
      browser.waitForUrl("table=MAILING_GROUP");
      deleteRow(browser, "WEBIT");
      assertThat(browser.messages()).contains("Code WEBIT deleted.");
      assertThat(browser.text("form:codes")).doesNotContain("WEBIT");

      addSalesperson(browser);
    }
  }

  @Test
  void administratorRestartsANumberSeriesAndTheNextCampaignGetsTheNumber() {
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("setup/number-series.xhtml");
      assertThat(browser.title()).isEqualTo("Number series");
      editSeries(browser, "CAMPAIGN", "NO-DIGITS");
      assertThat(browser.errorsIn("seriesForm"))
          .contains("The number NO-DIGITS must end with digits so that it can be incremented.");
      browser.click("seriesForm:cancel");
      browser.waitForDialogClosed("seriesDialog");

      editSeries(browser, "CAMPAIGN", "CP7000");
      assertThat(browser.messages()).contains("Saved.");
      assertThat(rowText(browser, "CAMPAIGN")).contains("CP7000");
      browser.screenshot("22-number-series");

      browser.open("campaign/card.xhtml");
      browser.type("form:description", "Numbered after the restart");
      browser.click("form:save");
      browser.waitForUrl("no=");
      assertThat(browser.text("form:no")).isEqualTo("CP7000");
      browser.open("setup/number-series.xhtml");
      assertThat(rowText(browser, "CAMPAIGN")).contains("CP7000").contains("CP7001");
    }
  }

  @Test
  void administratorChangesTheMarketingSetupAndItIsKept() {
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("setup/marketing.xhtml");
      assertThat(browser.title()).isEqualTo("Marketing setup");
      assertThat(browser.text("form:paperSize_label")).isEqualTo("A4");
      browser.screenshot("23-marketing-setup");

      browser.type("form:senderEmail", "not-an-email");
      browser.click("form:save");
      assertThat(browser.messages()).contains("The email address \"not-an-email\" is not valid.");
      browser.open("setup/marketing.xhtml");
      assertThat(browser.element("form:senderEmail").getAttribute("value")).isEqualTo("marketing@cronus.example");

      browser.choose("form:paperSize", "US Letter");
      browser.click("form:save");
      assertThat(browser.messages()).contains("Saved.");
      browser.open("setup/marketing.xhtml");
      assertThat(browser.text("form:paperSize_label")).isEqualTo("US Letter");
      assertThat(browser.element("form:companyName").getAttribute("value")).isEqualTo("CRONUS International Ltd.");

      assertThat(trackingBox(browser).getAttribute("class")).as("emails are tracked by default").contains("ui-state-active");
      trackingBox(browser).click();
      browser.click("form:save");
      browser.open("setup/marketing.xhtml");
      assertThat(trackingBox(browser).getAttribute("class")).as("tracking turned off is kept").doesNotContain("ui-state-active");
      browser.check("form:trackingEnabled");
      browser.click("form:save");
    }
  }

  @Test
  void batchAdminSeesTheOutboxOfAnEmailSegmentAndRetriesAndCancelsMessages() {
    List<Long> ids = OutboxTestRows.idsOf(logEmailSegment(new Api(url)));
    assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
    long failed = ids.get(0);
    long held = ids.get(1);
    OutboxTestRows.failed(failed, "550 5.1.1 Mailbox unavailable");
    OutboxTestRows.queuedForTomorrow(held);

    try (BrowserSession browser = new BrowserSession(url, "en-US", "batch", "batch-demo")) {
      browser.open("");
      assertThat(browser.text("tileEmailsFailed")).as("the batch admin's home tile").isEqualTo("1");
      assertThat(browser.text("failedMessages")).as("the batch admin's role centre").contains("Spring news from CRONUS");
      assertThat(browser.text("homeJobs")).contains("mail-dispatch", "clean-up");
      assertThat(browser.driver().findElements(By.id("recentCampaigns"))).as("no marketing centre").isEmpty();
      assertThat(browser.driver().findElements(By.id("myContacts"))).as("no salesperson's centre").isEmpty();
      assertThat(browser.accessibilityViolations()).as("serious and critical axe-core violations").isEmpty();
      browser.suggest("menuForm:pageSearch", "out", "Outbox");
      browser.waitForTitle("Outbox");
      assertThat(browser.text("form:outbox")).contains("Spring news from CRONUS");
      assertThat(browser.text("form:status")).contains("Failed (1)");
      browser.screenshot("24-outbox");

      filter(browser, "Failed");
      browser.clickXpath(row(failed) + "//button[contains(@id,':show')]");
      browser.waitForDialog("detailsDialog");
      assertThat(browser.text("dLastError")).isEqualTo("550 5.1.1 Mailbox unavailable");
      assertThat(browser.text("dAttempts")).isEqualTo("5");
      assertThat(browser.text("detailsForm:dEntry")).isNotBlank();
      browser.screenshot("25-outbox-message-details");
      browser.click("detailsForm:close");
      browser.waitForDialogClosed("detailsDialog");

      browser.clickXpath(row(failed) + "//button[contains(@id,':retry')]");
      browser.waitForFocus("form:confirmNo");
      assertThat(browser.text("form:confirmYes")).as("the answer that acts is worded as the action").isEqualTo("Try again");
      browser.click("form:confirmYes");
      assertThat(browser.messages()).contains("Message " + failed + " queued again.");
      assertThat(browser.text("form:status")).contains("Failed (0)");

      filter(browser, "Queued");
      browser.clickXpath(row(held) + "//button[contains(@id,':cancel')]");
      browser.click("form:confirmYes");
      assertThat(browser.messages()).contains("Message " + held + " canceled.");
      filter(browser, "Canceled");
      assertThat(browser.text("form:outbox")).contains(String.valueOf(held));
    }
  }

  @Test
  void batchAdminPausesResumesAndRunsAJobInTheTimerConsole() {
    try (BrowserSession browser = new BrowserSession(url, "en-US", "batch", "batch-demo")) {
      browser.open("");
      assertThat(browser.text("tileJobsOverdue")).as("the batch admin's job health tiles").isEqualTo("0");
      assertThat(browser.text("tileJobFailures")).isNotBlank();
      browser.suggest("menuForm:pageSearch", "tim", "Timer console");
      browser.waitForTitle("Timer console");
      String cleanUp = "form:jobs:3:";
      assertThat(browser.text("form:jobs")).contains("mail-dispatch", "every 5 seconds", "clean-up", "daily at 03:00");

      browser.click(cleanUp + "pause");
      assertThat(browser.messages()).contains("Job clean-up paused on every instance.");
      assertThat(browser.text(cleanUp + "state")).isEqualTo("Paused");
      browser.click(cleanUp + "runNow");
      browser.click("form:confirmYes");
      assertThat(browser.messages()).contains("Job clean-up will run at its next tick.");
      // The application's clean-up timer looks every ten seconds: the page's poll shows the run it took.
      browser.waitForText(cleanUp + "lastOutcome", "OK");
      browser.click(cleanUp + "resume");
      assertThat(browser.text(cleanUp + "state")).isEqualTo("Active");
      browser.screenshot("26-timer-console");

      browser.choose("form:runs:fOutcome", "OK");
      browser.waitForText("form:runs", "clean-up");
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
      browser.screenshot("27-timer-console-1366");
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
      browser.screenshot("28-timer-console-1920");
    }
    try (BrowserSession browser = new BrowserSession(url, "fr-FR", "batch", "batch-demo")) {
      browser.open("scheduling/jobs.xhtml");
      assertThat(browser.text("form:jobs")).contains("toutes les 5 secondes", "tous les jours à 03:00");
      assertThat(browser.text("form:jobs")).as("what the clean-up keeps").contains(
          "Conserve l'historique d'exécution 30 jours et les événements de suivi 730 jours");
      browser.screenshot("29-timer-console-fr");
      browser.open("");
      browser.screenshot("30-batch-home-fr");
    }
  }

  @Test
  void datesAndAmountsFollowTheLanguageOfThePages() {
    Api api = new Api(url);
    JsonObject campaign = answer(api.post("campaigns",
        "{\"description\": \"Autumn fair\", \"startingDate\": \"2026-11-30\", \"endingDate\": \"2026-12-24\"}"), 201);
    String no = campaign.getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("campaign/list.xhtml");
      browser.click("menuForm:langFr");
      browser.waitForText("menuForm:mHome", "Accueil");
      assertThat(browser.title()).isEqualTo("Campagnes");
      assertThat(rowText(browser, no)).contains("30/11/2026").contains("24/12/2026");
      browser.open("campaign/card.xhtml?no=" + no);
      assertThat(browser.pageSource()).contains("0,00").doesNotContain("???");
      assertThat(browser.element("form:statChart").findElements(By.tagName("canvas"))).hasSize(1);
      assertThat(browser.js("var c = PF('statChart').cfg.config;"
          + " return (typeof c === 'string' ? JSON.parse(c) : c).data.labels.join('|');"))
          .isEqualTo("Contacts cibles contactés|Contacts ayant répondu|Nombre d'interactions");
      browser.screenshot("26-campaign-card-french-chart");
      browser.open("setup/codes.xhtml");
      assertThat(browser.title()).isEqualTo("Tables de codes");
      assertThat(browser.pageSource()).doesNotContain("???");
      addCode(browser, "PURCHASE", "Achats");
      assertThat(browser.errorsIn("codeForm")).contains("Le code PURCHASE existe déjà dans la table « Fonctions ».");
      browser.click("codeForm:cancel");
      browser.open("mail/outbox.xhtml");
      assertThat(browser.pageSource()).doesNotContain("???");
      browser.screenshot("27-outbox-french");
      browser.click("menuForm:langEn");
      browser.waitForText("menuForm:mHome", "Home");
      browser.open("campaign/list.xhtml");
      assertThat(rowText(browser, no)).contains("11/30/2026").contains("12/24/2026");
    }
  }

  private static void addCode(BrowserSession browser, String code, String description) {
    browser.click("form:new");
    browser.waitForDialog("codeDialog");
    browser.type("codeForm:code", code);
    browser.type("codeForm:description", description);
    browser.click("codeForm:ok");
  }

  private static void addSalesperson(BrowserSession browser) {
    browser.clickLink("Salespeople");
    browser.waitForTitle("Salespeople");
    browser.click("form:new");
    browser.waitForDialog("personDialog");
    browser.type("personForm:code", "WEBSP");
    browser.type("personForm:name", "Wendy Webster");
    browser.type("personForm:jobTitle", "Account manager");
    browser.type("personForm:email", "wendy at cronus");
    browser.type("personForm:phone", "+44 20 7946 0999");
    browser.click("personForm:ok");
    assertThat(browser.errorsIn("personForm")).contains("The email address \"wendy at cronus\" is not valid.");
    browser.type("personForm:email", "wendy.webster@cronus.example");
    browser.click("personForm:ok");
    browser.waitForDialogClosed("personDialog");
    assertThat(browser.messages()).contains("Code WEBSP added.");
    assertThat(rowText(browser, "WEBSP")).contains("Wendy Webster").contains("wendy.webster@cronus.example");
    browser.screenshot("28-salespeople");
  }

  private static void deleteRow(BrowserSession browser, String code) {
    browser.clickXpath(row(code) + "//button[contains(@id,':delete')]");
    browser.click("form:confirmYes");
  }

  private static void editSeries(BrowserSession browser, String code, String startingNo) {
    browser.clickXpath(row(code) + "//button[contains(@id,':edit')]");
    browser.waitForDialog("seriesDialog");
    browser.type("seriesForm:startingNo", startingNo);
    browser.click("seriesForm:ok");
  }

  private static void filter(BrowserSession browser, String status) {
    browser.clickXpath("//*[@id='form:status']//div[contains(@class,'ui-button')][starts-with(normalize-space(.), '" + status + " (')]");
  }

  /** The table row whose first cell is the given text. */
  private static String row(Object firstCell) {
    return "//tr[td[1][normalize-space(.)='" + firstCell + "']]";
  }

  private static String rowText(BrowserSession browser, String firstCell) {
    return browser.driver().findElement(By.xpath(row(firstCell))).getText();
  }

  /** Logs a segment of contacts with email addresses as emails; answers the logged segment no. */
  private static String logEmailSegment(Api api) {
    String segmentNo = answer(api.post("segments", """
        {"description": "Spring mailing", "interactionTemplateCode": "EMAIL", "subject": "Spring news from CRONUS",
         "languageCode": "ENU", "correspondenceType": "EMAIL", "ignoreContactCorrespondenceType": true}"""), 201)
        .getString("no");
    answer(api.post("segments/" + segmentNo + "/add-contacts", "{\"contactNoFrom\": \"CT000049\", \"contactNoTo\": \"CT000053\"}"), 200);
    return answer(api.post("segments/" + segmentNo + "/log", "{\"sendAttachments\": true}"), 200).getString("no");
  }

  private static JsonObject answer(Api.Answer answer, int status) {
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
    return answer.object();
  }

  private static WebElement trackingBox(BrowserSession browser) {
    return browser.element("form:trackingEnabled").findElement(By.cssSelector(".ui-chkbox-box"));
  }
}
