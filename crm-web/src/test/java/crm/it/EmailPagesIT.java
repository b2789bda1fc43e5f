package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * Emails through the pages (F-50, F-52, F-53): a salesperson whose browser is in New York writes
 * to a London contact from its card, inserts a template merged for that contact, adds a link,
 * sees the recommended send time in both zones, schedules the email and finds it "scheduled for"
 * that time on the email card and on the contact's card; the marketing manager sees it counted
 * and timed in the outbox console. Then the delay is removed, GreenMail receives the mail, the
 * test follows its open pixel and its link as a person's browser would, and the email card shows
 * the open and the click. Screenshots at 1366×768 and 1920×1080, in English and French.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmailPagesIT {

  private static final String HARRY = "CT000053";
  private static final String USER_ZONE = "America/New_York";
  private static final String SUBJECT = "Thank you for visiting the trade show";
  private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
  private static final Dimension[] SIZES = {new Dimension(1366, 768), new Dimension(1920, 1080)};

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  @Test
  void salespersonComposesSchedulesAndSeesTheOpenAndTheClick() throws Exception {
    String base = url.toString().replaceAll("/$", "");
    sql("update marketing_setup set tracking_base_url = ?", base);
    LocalDate day = LocalDate.now(ZoneId.of(USER_ZONE)).plusDays(3);
    String sendAt = day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + " 10:00";
    GreenMail smtp = new GreenMail(TestSmtp.setup());
    smtp.start();
    try (BrowserSession browser = new BrowserSession(url, "en-US", "sales", "sales-demo")) {
      browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", USER_ZONE));
      String emailId = composeAndSchedule(browser, sendAt);
      managerSeesItInTheOutbox(sendAt);

      browser.open("email/card.xhtml?id=" + emailId);
      browser.click("form:sendNow");
      browser.click("form:confirmYes");
      assertThat(browser.messages()).contains("Email " + emailId + " is sent now.");
      assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("the dispatcher delivered it").isTrue();
      MimeMessage received = smtp.getReceivedMessages()[0];
      assertThat(received.getSubject()).isEqualTo(SUBJECT);
      String html = (String) ((Multipart) received.getContent()).getBodyPart(1).getContent();
      // The SMTP server has it; the dispatcher records it as sent right after, which must come first.
      for (int tries = 0; sql("update email set sent_at = now() - interval '2 hours' where id = ? and status = 'SENT'",
          Long.parseLong(emailId)) == 0; tries++) {
        assertThat(tries).as("the email is recorded as sent").isLessThan(100);
        Thread.sleep(100);
      }
      assertThat(visit(base, "o", token(html, base, "o")).statusCode()).isEqualTo(200);
      HttpResponse<byte[]> click = visit(base, "c", token(html, base, "c"));
      assertThat(click.statusCode()).isEqualTo(302);
      assertThat(click.headers().firstValue("Location")).contains("https://cronus.example/millennium");

      browser.open("email/card.xhtml?id=" + emailId);
      assertThat(browser.text("status")).isEqualTo("Sent");
      assertThat(browser.text("opens")).isEqualTo("1");
      assertThat(browser.text("clicks")).isEqualTo("1");
      assertThat(browser.text("form:events")).contains("Opened").contains("Link clicked").contains("A person")
          .contains("https://cronus.example/millennium");
      assertThat(browser.text("form:entries")).contains(HARRY + " · Harry Patel");
      shots(browser, "89-email-card-opened-clicked", "form:eventsPanel");
      browser.open("contact/card.xhtml?no=" + HARRY);
      assertThat(browser.text("form:emails")).contains("Sent");
      assertThat(browser.pageSource()).as("the log entry's email flags")
          .contains("title=\"Opened by a person\"").contains("title=\"A link was clicked by a person\"");
      assertThat(browser.text("form:entries")).as("when a person first opened it, in the user's zone")
          .containsPattern(LocalDate.now(ZoneId.of(USER_ZONE)).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))
              + " \\d\\d:\\d\\d");
      shots(browser, "90-contact-card-engagement", "form:entriesPanel");
      inFrench(browser, emailId);
    } finally {
      smtp.stop();
    }
  }

  /**
   * Follow-up through the pages (F-54, F-56, F-15): a reminder set while composing becomes due on
   * the application's clock, the reminder job raises a card on the home page; snoozed, the card
   * goes and comes back after its time; Create follow-up call makes a call in My to-dos, which is
   * then marked done.
   */
  @Test
  void aReminderSetWhileComposingBecomesACardThenAFollowUpCallThatIsDone() {
    Api admin = new Api(url);
    String subject = "Our follow-up offer " + UUID.randomUUID().toString().substring(0, 6);
    String contactNo = admin.post("contacts", """
        {"type": "PERSON", "name": "Fiona Follow", "email": "fiona@follow.example", "allowTracking": true}""")
        .expect(201).getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US", "sales", "sales-demo")) {
      browser.open("email/compose.xhtml?contactNo=" + contactNo);
      browser.type("form:subject", subject);
      browser.click("form:setReminder");
      browser.waitForDialog("reminderDialog");
      browser.type("reminderForm:comment", "Ask Fiona about the offer");
      browser.click("reminderForm:saveReminder");
      browser.waitForUrl("id=");
      assertThat(browser.text("reminderSummary")).startsWith("Remind me if no reply by");

      advanceClock(admin, "PT73H");
      assertThat(admin.post("test-control/reminders/fire", "").status()).isEqualTo(204);
      browser.open("");
      assertThat(browser.text("cardsForm:actionCards")).contains(subject).contains("Reminder due")
          .contains("Ask Fiona about the offer").contains("Fiona Follow");
      assertThat(browser.text("menuForm:actionCardBadge")).isNotBlank();

      browser.clickXpath(cardButton(subject, "snooze"));
      browser.waitForDialog("snoozeDialog");
      browser.click("snoozeForm:snoozeCard");
      browser.waitForDialogClosed("snoozeDialog");
      assertThat(browser.messages()).contains("The card is snoozed.");
      assertThat(browser.text("cardsForm:actionCards")).doesNotContain(subject);
      advanceClock(admin, "PT25H");
      browser.open("email/action-cards.xhtml");
      assertThat(browser.text("cardsForm:actionCards")).as("back after the snooze").contains(subject);

      browser.clickXpath(cardButton(subject, "followUp"));
      browser.waitForDialog("followUpDialog");
      assertThat(browser.element("followUpForm:description").getAttribute("value")).isEqualTo(subject);
      browser.click("followUpForm:createFollowUp");
      browser.waitForDialogClosed("followUpDialog");
      String created = browser.messages().stream().filter(m -> m.startsWith("Follow-up call")).findFirst().orElseThrow();
      String toDoNo = created.replaceAll("Follow-up call (TD\\d+) created, due .*", "$1");
      assertThat(created).as(created).matches("Follow-up call TD\\d+ created, due \\d\\d/\\d\\d/\\d{4} 09:00\\.");
      assertThat(browser.text("cardsForm:actionCards")).as("the card goes").doesNotContain(subject);

      browser.open("todo/list.xhtml");
      assertThat(browser.title()).isEqualTo("My to-dos");
      assertThat(browser.text("form:toDos")).contains(toDoNo).contains(subject).contains("Call").contains(contactNo);
      browser.clickXpath("//tr[contains(., '" + toDoNo + "')]//button[contains(@id, ':done')]");
      assertThat(browser.messages()).contains("To-do " + toDoNo + " is done.");
      assertThat(browser.text("form:toDos")).as("no longer open").doesNotContain(toDoNo);
      browser.open("todo/card.xhtml?no=" + toDoNo);
      assertThat(browser.text("form:status")).isEqualTo("Done");
      assertThat(browser.text("form:email")).isEqualTo("Open the email it came from");

      browser.click("menuForm:langFr");
      browser.waitForText("menuForm:mHome", "Accueil");
      assertThat(browser.text("form:status")).isEqualTo("Faite");
      browser.open("todo/list.xhtml");
      assertThat(browser.title()).isEqualTo("Mes tâches");
    } finally {
      assertThat(admin.post("test-control/clock/reset", "").status()).isEqualTo(204);
    }
  }

  private static void advanceClock(Api admin, String duration) {
    assertThat(admin.post("test-control/clock/advance?by=" + duration, "").status()).isEqualTo(204);
  }

  /** The button of the action card about the subject. */
  private static String cardButton(String subject, String button) {
    return "//*[@id='cardsForm:actionCards']//tr[contains(., '" + subject + "')]//button[contains(@id, ':" + button + "')]";
  }

  private String composeAndSchedule(BrowserSession browser, String sendAt) {
    browser.open("contact/card.xhtml?no=" + HARRY);
    browser.click("form:newEmail");
    browser.waitForUrl("email/compose.xhtml");
    assertThat(browser.title()).isEqualTo("New email");
    assertThat(browser.text("form:to")).contains(HARRY + " · Harry Patel");

    browser.click("form:insertTemplate");
    browser.waitForDialog("templateDialog");
    assertThat(browser.text("templateForm:ranking")).as("the templates ranked by their open and reply rates")
        .contains("BUS · Business letter");
    browser.suggest("templateForm:template", "BUS", "BUS · Business letter");
    browser.choose("templateForm:language", "ENU ");
    browser.click("templateForm:insert");
    browser.waitForDialogClosed("templateDialog");
    assertThat(browser.messages()).contains("Template BUS inserted; the text can still be edited.");
    assertThat(browser.element("form:subject").getAttribute("value")).isEqualTo(SUBJECT);
    assertThat(browser.text("form:body")).as("merged for the contact").contains("Selangorian Ltd.");
    browser.js("var q = PF('bodyEditor').editor; q.clipboard.dangerouslyPasteHTML(q.getLength(),"
        + " '<p>See the <a href=\"https://cronus.example/millennium\">Millennium Server</a>.</p>');");
    shots(browser, "80-email-compose");

    browser.click("form:sendLater");
    browser.waitForDialog("laterDialog");
    assertThat(browser.text("laterForm:recommendation"))
        .contains("(your time, " + USER_ZONE + ")").contains("(Europe/London)");
    assertThat(hourOf(browser.text("laterForm:recipientAt")) - hourOf(browser.text("laterForm:recommendedAt")))
        .as("London is five hours ahead of New York").isIn(5, -19);
    shots(browser, "81-email-send-later");
    var picker = browser.element("laterForm:sendAt_input");
    picker.sendKeys(Keys.chord(Keys.CONTROL, "a"), sendAt, Keys.TAB);
    browser.settle();
    assertThat(picker.getAttribute("value")).isEqualTo(sendAt);
    browser.click("laterForm:schedule");
    browser.waitForUrl("email/card.xhtml");
    String emailId = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    assertThat(browser.messages()).contains("Email " + emailId + " is scheduled for " + sendAt + ".");
    assertThat(browser.text("status")).isEqualTo("Scheduled");
    assertThat(browser.text("scheduledFor")).isEqualTo(sendAt);
    assertThat(browser.text("toList")).isEqualTo("Harry Patel");
    assertThat(browser.text("bodyPreview")).contains("Selangorian Ltd.").contains("Millennium Server");
    shots(browser, "82-email-card-scheduled");

    browser.open("contact/card.xhtml?no=" + HARRY);
    assertThat(browser.text("form:emails")).contains("Scheduled for " + sendAt).contains(SUBJECT);
    shots(browser, "83-contact-card-emails", "form:emailsPanel");
    return emailId;
  }

  private void managerSeesItInTheOutbox(String sendAt) {
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", USER_ZONE));
      browser.open("mail/outbox.xhtml");
      assertThat(browser.text("form:status")).contains("Scheduled (1)");
      browser.clickXpath("//*[@id='form:status']//div[contains(@class,'ui-button')][starts-with(normalize-space(.), 'Scheduled')]");
      assertThat(browser.text("form:outbox")).contains(SUBJECT).contains("Scheduled");
      shots(browser, "87-outbox-scheduled");
      browser.click("menuForm:langFr");
      browser.waitForText("menuForm:mHome", "Accueil");
      assertThat(browser.text("form:status")).contains("Programmé (1)");
      shots(browser, "88-outbox-scheduled-fr");
    }
  }

  private void inFrench(BrowserSession browser, String emailId) {
    browser.click("menuForm:langFr");
    browser.waitForText("menuForm:mHome", "Accueil");
    assertThat(browser.text("form:emails")).contains("Envoyé");
    shots(browser, "84-contact-card-emails-fr", "form:emailsPanel");
    browser.open("email/card.xhtml?id=" + emailId);
    assertThat(browser.text("form:events")).contains("Ouvert").contains("Une personne");
    shots(browser, "85-email-card-fr", "form:eventsPanel");
    browser.open("email/compose.xhtml?contactNo=" + HARRY);
    assertThat(browser.title()).isEqualTo("Nouvel e-mail");
    shots(browser, "86-email-compose-fr");
    browser.click("form:sendLater");
    browser.waitForDialog("laterDialog");
    assertThat(browser.text("laterForm:recommendation")).contains("votre heure");
    shots(browser, "86b-email-send-later-fr");
  }

  private static String token(String html, String base, String kind) {
    Matcher matcher = Pattern.compile(Pattern.quote(base) + "/t/" + kind + "/([A-Za-z0-9_-]+)").matcher(html);
    assertThat(matcher.find()).as("a /t/%s/ URL in the mail", kind).isTrue();
    return matcher.group(1);
  }

  /** A person's browser fetching the pixel or following the link, without a login. */
  private static HttpResponse<byte[]> visit(String base, String kind, String token) throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/t/" + kind + "/" + token))
        .header("User-Agent", FIREFOX).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static int sql(String statement, Object value) throws SQLException {
    try (Connection connection = TestDatabase.schema(); PreparedStatement update = connection.prepareStatement(statement)) {
      update.setObject(1, value);
      return update.executeUpdate();
    }
  }

  private static int hourOf(String dateTime) {
    return Integer.parseInt(dateTime.substring(dateTime.length() - 5, dateTime.length() - 3));
  }

  private static void shots(BrowserSession browser, String name) {
    shots(browser, name, null);
  }

  /** Screenshots at both window sizes, of a page that must look finished, scrolled to a section if given. */
  private static void shots(BrowserSession browser, String name, String section) {
    assertThat(browser.pageSource()).as(name).doesNotContain("???").doesNotContain("Exception: ");
    assertThat(browser.js("return PF('errorDialog').isVisible();")).as(name).isEqualTo(false);
    for (Dimension size : SIZES) {
      browser.driver().manage().window().setSize(size);
      browser.settle();
      if (section != null) {
        browser.js("document.getElementById('" + section + "').scrollIntoView();");
      }
      browser.screenshot(name + "-" + size.getWidth());
    }
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));
  }
}
