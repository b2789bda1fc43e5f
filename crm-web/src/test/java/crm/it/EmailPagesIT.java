package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Emails through the pages (F-50, F-52): a salesperson whose browser is in New York writes to a
 * London contact from its card, inserts a template merged for that contact, sees the recommended
 * send time in both zones, schedules the email and finds it "scheduled for" that time on the
 * email card and on the contact's card; the marketing manager sees it counted and timed in the
 * outbox console. Screenshots at 1366×768 and 1920×1080, in English and French.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmailPagesIT {

  private static final String HARRY = "CT000053";
  private static final String USER_ZONE = "America/New_York";
  private static final Dimension[] SIZES = {new Dimension(1366, 768), new Dimension(1920, 1080)};

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  @Test
  void salespersonComposesFromAContactInsertsATemplateAndSchedulesIt() {
    LocalDate day = LocalDate.now(ZoneId.of(USER_ZONE)).plusDays(3);
    String sendAt = day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + " 10:00";
    String emailId;
    try (BrowserSession browser = new BrowserSession(url, "en-US", "sales", "sales-demo")) {
      browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", USER_ZONE));
      browser.open("contact/card.xhtml?no=" + HARRY);
      browser.click("form:newEmail");
      browser.waitForUrl("email/compose.xhtml");
      assertThat(browser.title()).isEqualTo("New email");
      assertThat(browser.text("form:to")).contains(HARRY + " · Harry Patel");

      browser.click("form:insertTemplate");
      browser.waitForDialog("templateDialog");
      browser.choose("templateForm:template", "BUS ");
      browser.choose("templateForm:language", "ENU ");
      browser.click("templateForm:insert");
      browser.waitForDialogClosed("templateDialog");
      assertThat(browser.messages()).contains("Template BUS inserted; the text can still be edited.");
      assertThat(browser.element("form:subject").getAttribute("value")).isEqualTo("Thank you for visiting the trade show");
      assertThat(browser.text("form:body")).contains("Selangorian Ltd.");
      shots(browser, "80-email-compose");

      browser.click("form:sendLater");
      browser.waitForDialog("laterDialog");
      assertThat(browser.text("laterForm:recommendation")).contains("(your time, " + USER_ZONE + ")").contains("(Europe/London)");
      assertThat(hourOf(browser.text("laterForm:recipientAt")) - hourOf(browser.text("laterForm:recommendedAt")))
          .as("London is five hours ahead of New York in winter").isIn(5, -19);
      shots(browser, "81-email-send-later");
      browser.typeDate("laterForm:sendAt", sendAt);
      browser.click("laterForm:schedule");
      browser.waitForUrl("email/card.xhtml");
      emailId = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
      assertThat(browser.text("status")).isEqualTo("Scheduled");
      assertThat(browser.text("scheduledFor")).isEqualTo(sendAt);
      assertThat(browser.messages()).contains("Email " + emailId + " is scheduled for " + sendAt + ".");
      assertThat(browser.text("form:toList")).isEqualTo("Harry Patel");
      shots(browser, "82-email-card-scheduled");

      browser.open("contact/card.xhtml?no=" + HARRY);
      String row = browser.text("form:emails");
      assertThat(row).contains("Scheduled").contains("Scheduled for " + sendAt).contains("Thank you for visiting the trade show");
      shots(browser, "83-contact-card-emails");

      browser.click("menuForm:langFr");
      browser.waitForText("menuForm:mHome", "Accueil");
      assertThat(browser.text("form:emails")).contains("Programmé pour " + frenchDate(sendAt));
      shots(browser, "84-contact-card-emails-fr");
      browser.open("email/card.xhtml?id=" + emailId);
      assertThat(browser.text("status")).isEqualTo("Programmé");
      shots(browser, "85-email-card-fr");
      browser.open("email/compose.xhtml?contactNo=" + HARRY);
      assertThat(browser.title()).isEqualTo("Nouvel e-mail");
      shots(browser, "86-email-compose-fr");
    }
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", USER_ZONE));
      browser.open("mail/outbox.xhtml");
      browser.open("mail/outbox.xhtml");
      assertThat(browser.text("form:status")).contains("Scheduled (1)");
      browser.clickXpath("//*[@id='form:status']//label[starts-with(normalize-space(.), 'Scheduled')]/..");
      String scheduled = browser.text("form:outbox");
      assertThat(scheduled).contains("Thank you for visiting the trade show").contains(sendAt);
      shots(browser, "87-outbox-scheduled");
      browser.click("menuForm:langFr");
      browser.waitForText("menuForm:mHome", "Accueil");
      assertThat(browser.text("form:status")).contains("Programmé (1)");
      shots(browser, "88-outbox-scheduled-fr");
    }
  }

  private static int hourOf(String dateTime) {
    return Integer.parseInt(dateTime.substring(dateTime.length() - 5, dateTime.length() - 3));
  }

  /** 12/07/2026 10:00 as the French pages write it: 07/12/2026 10:00. */
  private static String frenchDate(String english) {
    return english.substring(3, 5) + "/" + english.substring(0, 2) + english.substring(5);
  }

  /** Screenshots at both window sizes, of a page that must look finished. */
  private static void shots(BrowserSession browser, String name) {
    assertThat(browser.pageSource()).as(name).doesNotContain("???").doesNotContain("Exception: ");
    assertThat(browser.js("return PF('errorDialog').isVisible();")).as(name).isEqualTo(false);
    for (Dimension size : SIZES) {
      browser.driver().manage().window().setSize(size);
      browser.settle();
      browser.screenshot(name + "-" + size.getWidth());
    }
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));
  }
}
