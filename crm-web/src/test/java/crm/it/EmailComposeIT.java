package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import crm.it.Api.Answer;
import crm.service.email.EmailReleaseService;
import crm.service.mail.DeliveryOutcome;
import crm.service.mail.MailDispatcher;
import crm.service.mail.OutboxService;
import crm.service.mail.OutboxStatus;
import crm.service.shared.ListRequest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Composing and sending emails over the REST API (F-50, F-52, F-53, F-58, F-59) as the demo
 * salesperson and the marketing manager, inside Payara Micro against PostgreSQL with GreenMail as
 * the SMTP server. The mail timer is stopped and the application's clock is the test's: the test
 * calls the dispatcher and the release service itself, before and after a scheduled time.
 */
@ExtendWith(ArquillianExtension.class)
class EmailComposeIT {

  private static final ServerSetup SMTP = TestSmtp.setup();
  private static final byte[] PRICE_LIST = "%PDF-1.4 price list".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  @Inject MailDispatcher dispatcher;
  @Inject EmailReleaseService release;
  @Inject OutboxService outbox;
  @Inject MailTimers timers;
  @Inject TestClock clock;
  @Inject HttpServletRequest request;

  private GreenMail smtp;
  private Api admin;
  private Api sales;
  private Api manager;

  @BeforeEach
  void start() throws Exception {
    timers.stopMailDispatchJob();
    timers.stopEmailReleaseJob();
    smtp = new GreenMail(SMTP);
    smtp.start();
    admin = new Api(URI.create(request.getScheme() + "://localhost:" + request.getLocalPort()
        + request.getContextPath() + "/").toURL());
    sales = admin.as("sales", "sales-demo");
    manager = admin.as("manager", "manager-demo");
  }

  @AfterEach
  void stop() {
    clock.reset();
    smtp.stop();
  }

  @Test
  void aSalespersonWritesADraftSendsItWithCcAndTheMailArrivesWithItsFile() throws Exception {
    String ann = contact("Ann Archer", "ann@archer.example", null, true);
    String bob = contact("Bob Baker", "bob@baker.example", null, true);
    JsonObject draft = created(sales.post("emails", """
        {"contactNo": "%s", "to": [{"contactNo": "%s"}],
         "cc": [{"contactNo": "%s"}, {"address": "boss@partner.example"}],
         "subject": "Our offer", "bodyHtml": "<p>Dear Ann, <b>here</b> it is.</p><script>alert(1)</script>"}"""
        .formatted(ann, ann, bob)));
    long id = draft.getJsonNumber("id").longValue();
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getString("tracking")).isEqualTo("ON");
    assertThat(draft.getString("bodyHtml")).contains("<b>here</b>").doesNotContain("script");
    assertThat(ok(sales.get("emails?contactNo=" + ann + "&status=DRAFT")).getJsonArray("items").toString())
        .contains("\"id\":" + id);
    assertThat(sales.upload("emails/" + id + "/attachments?fileName=price-list.pdf", "application/pdf", PRICE_LIST, "en")
        .status()).isEqualTo(201);

    JsonObject queued = ok(sales.post("emails/" + id + "/send", "{}"));
    assertThat(queued.getString("status")).isEqualTo("QUEUED");
    assertThat(queued.getJsonArray("interactionLogEntryNos")).hasSize(2);
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);

    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(smtp.getReceivedMessages()).hasSize(3);
    assertThat(addresses(received, RecipientType.TO)).containsExactly("ann@archer.example");
    assertThat(addresses(received, RecipientType.CC)).containsExactly("bob@baker.example", "boss@partner.example");
    assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("peter.saddow@cronus.example");
    Multipart mixed = (Multipart) received.getContent();
    Multipart alternatives = (Multipart) mixed.getBodyPart(0).getContent();
    assertThat(alternatives.getBodyPart(1).getContent().toString()).contains("<b>here</b>").doesNotContain("script");
    assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("price-list.pdf");
    assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(PRICE_LIST);

    JsonObject sent = ok(sales.get("emails/" + id));
    assertThat(sent.getString("status")).isEqualTo("SENT");
    assertThat(sent.getString("messageId")).isEqualTo(received.getMessageID());
    for (String contactNo : List.of(ann, bob)) {
      JsonObject entry = ok(sales.get("contacts/" + contactNo + "/interaction-log-entries"))
          .getJsonArray("items").getJsonObject(0);
      assertThat(entry.getString("deliveryStatus")).isEqualTo("SENT");
      assertThat(entry.getString("correspondenceType")).isEqualTo("EMAIL");
      assertThat(entry.getString("salespersonCode")).isEqualTo("PS");
      assertThat(entry.getJsonNumber("emailId").longValue()).isEqualTo(id);
    }
  }

  @Test
  void aScheduledEmailWaitsForItsTimeMovesWithItsScheduleAndGoesAtOnceWhenTheDelayIsRemoved() {
    String cara = contact("Cara Clock", "cara@clock.example", null, true);
    Instant inTwoHours = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    JsonObject scheduled = created(sales.post("emails", send(cara, "Later", inTwoHours)));
    long id = scheduled.getJsonNumber("id").longValue();
    assertThat(scheduled.getString("status")).isEqualTo("SCHEDULED");
    assertThat(Instant.parse(scheduled.getString("sendAt"))).isEqualTo(inTwoHours);
    assertThat(entryStatus(cara)).isEqualTo("SCHEDULED");
    assertThat(outbox.countByStatus().get(OutboxStatus.SCHEDULED)).isPositive();
    assertThat(outbox.list(OutboxStatus.SCHEDULED, new ListRequest(0, 50, null)).items())
        .anyMatch(m -> Long.valueOf(id).equals(m.emailId()) && m.nextAttemptAt() != null);

    assertThat(release.releaseDue()).isZero();
    assertThat(dispatcher.dispatchDue().total()).isZero();
    Instant inThreeHours = inTwoHours.plus(Duration.ofHours(1));
    assertThat(ok(sales.put("emails/" + id + "/schedule", "{\"sendAt\": \"" + inThreeHours + "\"}"))
        .getString("sendAt")).isEqualTo(inThreeHours.toString());

    clock.advance(Duration.ofMinutes(150));
    assertThat(release.releaseDue()).as("moved to three hours from the start").isZero();
    clock.advance(Duration.ofMinutes(31));
    assertThat(release.releaseDue()).isEqualTo(1);
    assertThat(ok(sales.get("emails/" + id)).getString("status")).isEqualTo("QUEUED");
    assertThat(entryStatus(cara)).isEqualTo("QUEUED");
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);
    assertThat(ok(sales.get("emails/" + id)).getString("status")).isEqualTo("SENT");

    long other = created(sales.post("emails", send(cara, "Sooner", clock.instant().plus(Duration.ofDays(1)))))
        .getJsonNumber("id").longValue();
    assertThat(ok(sales.delete("emails/" + other + "/schedule")).getString("status")).isEqualTo("QUEUED");
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).extracting(m -> subject(m)).containsExactly("Later", "Sooner");
  }

  @Test
  void refusalsChangeNothingAndSpeakTheUsersLanguage() {
    String dan = contact("Dan Donot", "dan@donot.example", null, true);
    sql("update contact set do_not_email = true where no = ?", dan);
    String eve = contact("Eve Everyday", "eve@everyday.example", null, true);
    long before = ok(sales.get("emails")).getJsonNumber("total").longValue();

    assertThat(problem(sales.post("emails", "{\"send\": true, \"subject\": \"Nobody\"}"), 422))
        .contains("at least one recipient");
    assertThat(problem(sales.post("emails", send(dan, "To Dan", null), "fr"), 422))
        .contains("ont demandé à ne pas recevoir").contains(dan);
    assertThat(ok(sales.get("emails")).getJsonNumber("total").longValue()).isEqualTo(before);

    long draft = created(sales.post("emails", draft(eve, "Draft"))).getJsonNumber("id").longValue();
    String yesterday = clock.instant().minus(Duration.ofDays(1)).toString();
    assertThat(problem(sales.post("emails/" + draft + "/send", "{\"sendAt\": \"" + yesterday + "\"}"), 422))
        .contains("in the past");
    assertThat(ok(sales.get("emails/" + draft)).getString("status")).isEqualTo("DRAFT");

    long scheduled = created(sales.post("emails", send(eve, "Mine", clock.instant().plus(Duration.ofDays(2)))))
        .getJsonNumber("id").longValue();
    Api staff = admin.as("staff", "staff-demo");
    assertThat(problem(staff.delete("emails/" + scheduled), 403)).contains("sales");
    assertThat(staff.put("emails/" + scheduled + "/schedule", "{\"sendAt\": \"" + clock.instant().plus(Duration.ofDays(3))
        + "\"}").status()).isEqualTo(403);
    assertThat(ok(sales.get("emails/" + scheduled)).getString("status")).isEqualTo("SCHEDULED");
    assertThat(manager.delete("emails/" + scheduled + "/schedule").status()).isEqualTo(200);
    dispatcher.dispatchDue();

    assertThat(problem(sales.put("emails/" + scheduled, draft(eve, "Changed")), 409)).contains("SENT");
    assertThat(problem(sales.post("emails/" + scheduled + "/send", "{}"), 409)).contains("SENT");
    assertThat(ok(sales.get("emails/" + scheduled)).getString("subject")).isEqualTo("Mine");
  }

  @Test
  void trackingIsBlockedByARecipientWhoDoesNotAllowItUntilTheyDo() {
    String fay = contact("Fay Private", "fay@private.example", null, false);
    assertThat(problem(sales.post("emails", """
        {"to": [{"contactNo": "%s"}], "subject": "Tracked?", "tracking": "ON"}""".formatted(fay)), 422))
        .contains(fay);
    JsonObject blocked = created(sales.post("emails", draft(fay, "Untracked")));
    assertThat(blocked.getString("tracking")).isEqualTo("BLOCKED");
    assertThat(blocked.getJsonArray("blockedBy").getString(0)).isEqualTo(fay);

    sql("update contact set allow_tracking = true where no = ?", fay);
    long id = blocked.getJsonNumber("id").longValue();
    JsonObject retried = ok(sales.post("emails/" + id + "/retry-tracking", ""));
    assertThat(retried.getString("tracking")).isEqualTo("ON");
    assertThat(retried.getJsonArray("blockedBy")).isEmpty();
  }

  @Test
  void aSegmentLoggedForWorkingHoursSchedulesEachEmailAtItsRecipientsMorning() {
    clock.set(Instant.parse("2026-11-07T12:00:00Z"));
    String kiwi = contact("Kiri Kiwi", "kiri@kiwi.example", "Pacific/Auckland", false);
    String nowhere = contact("Nora Nowhere", "nora@nowhere.example", null, true);
    String segment = created(manager.post("segments", """
        {"description": "Working hours", "interactionTemplateCode": "BUS", "languageCode": "ENU",
         "correspondenceType": "EMAIL", "ignoreContactCorrespondenceType": true}""")).getString("no");
    for (String contactNo : List.of(kiwi, nowhere)) {
      assertThat(manager.post("segments/" + segment + "/lines", "{\"contactNo\": \"" + contactNo + "\"}").status())
          .isEqualTo(201);
    }
    ok(manager.post("segments/" + segment + "/log",
        "{\"sendAttachments\": true, \"deliverInWorkingHours\": true}"));

    JsonObject toKiwi = single(kiwi);
    assertThat(toKiwi.getString("status")).isEqualTo("SCHEDULED");
    assertThat(toKiwi.getString("sendAt")).isEqualTo("2026-11-08T19:00:00Z");
    assertThat(toKiwi.getString("tracking")).isEqualTo("BLOCKED");
    assertThat(toKiwi.getJsonArray("to").getJsonObject(0).getString("address")).isEqualTo("kiri@kiwi.example");
    assertThat(entryStatus(kiwi)).isEqualTo("SCHEDULED");
    JsonObject toNora = single(nowhere);
    assertThat(toNora.getString("status")).isEqualTo("QUEUED");
    assertThat(toNora.getString("tracking")).isEqualTo("ON");

    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);
    clock.set(Instant.parse("2026-11-08T19:00:01Z"));
    assertThat(release.releaseDue()).isEqualTo(1);
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);
    assertThat(single(kiwi).getString("status")).isEqualTo("SENT");
    assertThat(entryStatus(kiwi)).isEqualTo("SENT");
  }

  private JsonObject single(String contactNo) {
    JsonObject page = ok(manager.get("emails?contactNo=" + contactNo));
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    return page.getJsonArray("items").getJsonObject(0);
  }

  private String entryStatus(String contactNo) {
    return ok(sales.get("contacts/" + contactNo + "/interaction-log-entries"))
        .getJsonArray("items").getJsonObject(0).getString("deliveryStatus");
  }

  /** A new person with an address; answers its number. */
  private String contact(String name, String email, String timeZone, boolean allowTracking) {
    String no = "EM" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    created(admin.post("contacts", """
        {"no": "%s", "type": "PERSON", "name": "%s", "email": "%s", "timeZone": %s, "allowTracking": %s}"""
        .formatted(no, name, email, timeZone == null ? "null" : "\"" + timeZone + "\"", allowTracking)));
    return no;
  }

  private static String draft(String contactNo, String subject) {
    return """
        {"to": [{"contactNo": "%s"}], "subject": "%s", "bodyHtml": "<p>%s</p>"}""".formatted(contactNo, subject, subject);
  }

  private static String send(String contactNo, String subject, Instant sendAt) {
    return """
        {"to": [{"contactNo": "%s"}], "subject": "%s", "bodyHtml": "<p>%s</p>", "send": true, "sendAt": %s}"""
        .formatted(contactNo, subject, subject, sendAt == null ? "null" : "\"" + sendAt + "\"");
  }

  private static JsonObject created(Answer answer) {
    assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
    return answer.object();
  }

  private static JsonObject ok(Answer answer) {
    assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
    return answer.object();
  }

  private static String problem(Answer answer, int status) {
    assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
    return answer.object().getString("detail");
  }

  private static List<String> addresses(MimeMessage message, RecipientType type) throws Exception {
    return Arrays.stream(message.getRecipients(type)).map(a -> ((InternetAddress) a).getAddress()).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sql(String statement, String value) {
    try (Connection connection = TestDatabase.schema(); PreparedStatement update = connection.prepareStatement(statement)) {
      update.setString(1, value);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
