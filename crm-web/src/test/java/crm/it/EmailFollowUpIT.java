package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import crm.it.Api.Answer;
import crm.service.email.DueReminders;
import crm.service.email.OpenedMessageCards;
import crm.service.email.ReplyPoll;
import crm.service.mail.DeliveryOutcome;
import crm.service.mail.MailDispatcher;
import crm.service.scheduling.Job;
import crm.service.scheduling.JobRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Follow-up of emails (F-54, F-55, F-56) over the REST API as the demo salesperson: reminders
 * that fire or close as their condition says with the test's clock, once even when two runs
 * race; the action cards they raise, snoozed and dismissed; and replies read from GreenMail's
 * IMAP mailbox (the real protocol), matched to the emails sent through GreenMail's SMTP, recorded
 * once however often the job runs, as inbound interactions of the contact counted in the
 * campaign's statistics; a mailbox that is down or refuses the login fails the job's run. The
 * timers are stopped: the test runs the jobs' services, or the job runner as a timer would.
 */
@ExtendWith(ArquillianExtension.class)
class EmailFollowUpIT {

  private static final ServerSetup SMTP = TestSmtp.setup();
  private static final ServerSetup IMAP = TestSmtp.imap();

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  @Inject DueReminders reminders;
  @Inject ReplyPoll replies;
  @Inject OpenedMessageCards openedCards;
  @Inject MailDispatcher dispatcher;
  @Inject JobRunner runner;
  @Inject MailTimers timers;
  @Inject TestClock clock;
  @Inject FollowUpTestData data;
  @Inject HttpServletRequest request;
  @Resource ManagedExecutorService executor;

  private GreenMail mail;
  private GreenMailUser mailbox;
  private Api admin;
  private Api sales;

  @BeforeEach
  void start() throws Exception {
    timers.stopAll();
    mail = new GreenMail(new ServerSetup[] {SMTP, IMAP});
    mail.start();
    mailbox = mail.setUser("replies@cronus.example", System.getenv("CRM_MAIL_IMAP_USER"),
        System.getenv("CRM_MAIL_IMAP_PASSWORD"));
    data.newMailbox();
    admin = new Api(URI.create(request.getScheme() + "://localhost:" + request.getLocalPort()
        + request.getContextPath() + "/").toURL());
    sales = admin.as("sales", "sales-demo");
  }

  @AfterEach
  void stop() {
    clock.reset();
    mail.stop();
  }

  @Test
  void remindersFireOnceWhenTheirConditionHoldsAndCloseOtherwise() throws Exception {
    String ada = contact("Ada Follow", "ada@follow.example");
    Instant tomorrow = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    long notOpened = draft(ada, "Not opened");
    long openedByAScanner = draft(ada, "Opened by a scanner");
    long openedByAPerson = draft(ada, "Opened by a person");
    long replied = draft(ada, "Replied");
    long anyway = draft(ada, "Anyway");
    long later = draft(ada, "Later");

    assertThat(problem(sales.put(reminder(notOpened), body("ANYWAY", clock.instant().minusSeconds(60), "")), 422))
        .contains("not in the future");
    long untracked = draft(ada, "Untracked", "OFF");
    assertThat(problem(sales.put(reminder(untracked), body("NOT_OPENED", tomorrow, "")), 422)).contains("tracked");
    assertThat(ok(sales.get("emails/" + untracked))).doesNotContainKey("reminder");

    JsonObject set = ok(sales.put(reminder(notOpened), body("NOT_OPENED", tomorrow, "Call Ada about the offer")));
    assertThat(set.getJsonObject("reminder").getString("condition")).isEqualTo("NOT_OPENED");
    assertThat(Instant.parse(set.getJsonObject("reminder").getString("remindAt"))).isEqualTo(tomorrow);
    assertThat(set.getJsonObject("reminder").getString("status")).isEqualTo("PENDING");
    ok(sales.put(reminder(openedByAScanner), body("NOT_OPENED", tomorrow, "scanner")));
    ok(sales.put(reminder(openedByAPerson), body("NOT_OPENED", tomorrow, "person")));
    ok(sales.put(reminder(replied), body("NO_REPLY", tomorrow, "replied")));
    ok(sales.put(reminder(anyway), body("NO_REPLY", tomorrow.plusSeconds(3600), "")));
    assertThat(ok(sales.put(reminder(anyway), body("ANYWAY", tomorrow, "anyway"))).getJsonObject("reminder")
        .getString("condition")).as("changed while it waits").isEqualTo("ANYWAY");
    ok(sales.put(reminder(later), body("ANYWAY", tomorrow.plus(Duration.ofDays(2)), "later")));
    assertThat(admin.as("staff", "staff-demo").put(reminder(later), body("ANYWAY", tomorrow, "")).status())
        .as("only the sender changes it").isEqualTo(403);

    data.event(openedByAScanner, "OPEN", "MACHINE", clock.instant());
    data.event(openedByAPerson, "OPEN", "HUMAN", clock.instant());
    data.event(replied, "REPLY", "HUMAN", clock.instant());
    assertThat(reminders.fireDue()).as("nothing is due yet").isZero();
    assertThat(status(openedByAPerson)).as("closed early by the open").isEqualTo("NOT_NEEDED");
    assertThat(status(replied)).as("closed early by the reply").isEqualTo("NOT_NEEDED");
    assertThat(status(notOpened)).isEqualTo("PENDING");
    assertThat(cards(ada)).isEmpty();

    clock.advance(Duration.ofDays(1).plusMinutes(1));
    var first = CompletableFuture.supplyAsync(reminders::fireDue, executor);
    var second = CompletableFuture.supplyAsync(reminders::fireDue, executor);
    assertThat(first.get() + second.get()).as("two runs at once fire each reminder once").isEqualTo(3);
    assertThat(reminders.fireDue()).isZero();
    assertThat(status(notOpened)).isEqualTo("FIRED");
    assertThat(status(later)).isEqualTo("PENDING");
    List<JsonObject> cards = cards(ada);
    assertThat(cards).extracting(c -> c.getString("kind")).containsOnly("REMINDER_DUE");
    assertThat(cards).extracting(c -> c.getString("subject"))
        .containsExactlyInAnyOrder("Not opened", "Opened by a scanner", "Anyway");
    assertThat(cards).allMatch(c -> c.getBoolean("highPriority") && ada.equals(c.getString("contactNo")));
    assertThat(cards).extracting(c -> c.getString("note")).contains("Call Ada about the offer");
    assertThat(problem(sales.put(reminder(notOpened), body("ANYWAY", tomorrow.plus(Duration.ofDays(9)), "")), 409))
        .contains("already fired");
    assertThat(ok(sales.delete(reminder(later)))).as("removed").doesNotContainKey("reminder");

    long card = cards.get(0).getJsonNumber("id").longValue();
    assertThat(problem(sales.post("action-cards/" + card + "/snooze", until(clock.instant().minusSeconds(5))), 422))
        .contains("not in the future");
    assertThat(admin.as("manager", "manager-demo").post("action-cards/" + card + "/dismiss", "{}").status())
        .as("another user's card").isEqualTo(403);
    assertThat(sales.post("action-cards/" + card + "/snooze", until(clock.instant().plus(Duration.ofHours(1))))
        .status()).isEqualTo(204);
    assertThat(cards(ada)).hasSize(2);
    clock.advance(Duration.ofMinutes(61));
    assertThat(cards(ada)).as("back after the snooze").hasSize(3);
    assertThat(sales.post("action-cards/" + card + "/dismiss", "{}").status()).isEqualTo(204);
    assertThat(cards(ada)).hasSize(2).noneMatch(c -> c.getJsonNumber("id").longValue() == card);
  }

  @Test
  void aPersonsOpenRaisesOneCardAQuarterOfAnHourLaterAndAMachinesNone() {
    String cleo = contact("Cleo Reader", "cleo@reader.example");
    long read = sent(cleo, "Read by a person");
    long scanned = sent(cleo, "Fetched by a scanner");
    data.event(read, "OPEN", "HUMAN", clock.instant());
    data.event(read, "OPEN", "HUMAN", clock.instant().plusSeconds(30));
    data.event(scanned, "OPEN", "MACHINE", clock.instant());

    clock.advance(Duration.ofMinutes(14));
    assertThat(openedCards.raise()).as("not while the person may still be reading").isZero();
    clock.advance(Duration.ofMinutes(2));
    assertThat(openedCards.raise()).isEqualTo(1);
    assertThat(openedCards.raise()).as("once per email").isZero();
    assertThat(cards(cleo)).extracting(c -> c.getString("kind") + " " + c.getString("subject") + " " + c.getBoolean("highPriority"))
        .containsExactly("MESSAGE_OPENED Read by a person false");
  }

  @Test
  void aReplyInTheMailboxIsRecordedOnceAsAnInboundInteractionAndOtherMailIsLeftAlone() throws Exception {
    assertThat(problem(admin.put("marketing-setup", setup("NO-SUCH")), 422)).contains("NO-SUCH");
    assertThat(admin.as("sales", "sales-demo").put("marketing-setup", setup("EMAIL")).status()).isEqualTo(403);
    assertThat(ok(admin.put("marketing-setup", setup("EMAIL"))).getString("replyTemplateCode")).isEqualTo("EMAIL");
    String bea = contact("Bea Answer", "bea@answer.example");
    long answered = sent(bea, "Our offer");
    long resent = sent(bea, "Our second offer");
    String campaignNo = created(admin.post("campaigns", "{\"description\": \"Offers answered\"}")).getString("no");
    data.inCampaign(answered, campaignNo);
    ok(sales.put(reminder(answered), body("NO_REPLY", clock.instant().plus(Duration.ofDays(3)), "")));
    String messageId = ok(sales.get("emails/" + answered)).getString("messageId");
    String firstTry = "<first-try-" + UUID.randomUUID() + "@cronus.example>";
    data.earlierAttempt(resent, firstTry);

    mailbox.deliver(message("Re: Our offer", messageId, "<older@elsewhere.example> " + messageId));
    mailbox.deliver(message("Lunch?", null, null));
    mailbox.deliver(message("Re: something else", "<unknown@elsewhere.example>", null));
    assertThat(replies.pollReplies()).isEqualTo(1);
    assertThat(replies.pollReplies()).as("already read").isZero();
    assertThat(replies.pollReplies()).as("already read").isZero();
    mailbox.deliver(message("Re: Our second offer", null, firstTry));
    assertThat(replies.pollReplies()).as("by the first Message-ID of a resent email").isEqualTo(1);
    assertThat(replies.pollReplies()).isZero();

    Answer answer = sales.get("emails/" + answered + "/events");
    assertThat(answer.status()).isEqualTo(200);
    JsonArray events = answer.array();
    assertThat(events).hasSize(1);
    assertThat(events.getJsonObject(0).getString("type")).isEqualTo("REPLY");
    assertThat(events.getJsonObject(0).getString("classification")).isEqualTo("HUMAN");
    JsonObject email = ok(sales.get("emails/" + answered));
    assertThat(email.getInt("replies")).isEqualTo(1);
    assertThat(email.getJsonObject("reminder").getString("status")).as("no longer needed").isEqualTo("NOT_NEEDED");
    assertThat(ok(sales.get("emails/" + resent)).getInt("replies")).isEqualTo(1);
    List<JsonObject> entries = ok(sales.get("contacts/" + bea + "/interaction-log-entries")).getJsonArray("items")
        .stream().map(JsonObject.class::cast).toList();
    JsonObject entry = entries.stream().filter(e -> e.get("emailId") instanceof JsonNumber id && id.longValue() == answered)
        .findFirst().orElseThrow();
    assertThat(entry.getJsonObject("engagement").getBoolean("replied")).as("on the contact's timeline").isTrue();
    assertThat(entries).filteredOn(e -> "INBOUND".equals(e.getString("informationFlow")))
        .as("each reply once, as the contact's interaction with the setup's template")
        .extracting(e -> e.getString("subject") + " " + e.getString("interactionTemplateCode") + " "
            + e.getString("initiatedBy") + " " + e.getString("campaignNo", "-") + " " + e.getBoolean("campaignResponse"))
        .containsExactlyInAnyOrder("Re: Our offer EMAIL THEM " + campaignNo + " true",
            "Re: Our second offer EMAIL THEM - false");
    JsonObject statistics = ok(sales.get("campaigns/" + campaignNo + "/statistics"));
    assertThat(statistics.getInt("noOfInteractions")).as("the email and its reply").isEqualTo(2);
    assertThat(statistics.getInt("contactsResponded")).as("the reply is the campaign's response").isEqualTo(1);
    assertThat(statistics.getInt("emailsReplied")).isEqualTo(1);
    assertThat(cards(bea)).extracting(c -> c.getString("kind") + " " + c.getString("note"))
        .containsExactlyInAnyOrder("REPLY_RECEIVED Re: Our offer", "REPLY_RECEIVED Re: Our second offer");
  }

  @Test
  void aMailboxThatIsDownOrRefusesTheLoginFailsTheRunAndTheNextRunReadsOn() throws Exception {
    ok(admin.put("marketing-setup", setup("")));
    String dan = contact("Dan Later", "dan@later.example");
    long email = sent(dan, "Our late offer");
    String messageId = ok(sales.get("emails/" + email)).getString("messageId");
    Api batch = admin.as("batch", "batch-demo");
    int failedBefore = ok(batch.get("jobs/replies/runs?outcome=FAILED")).getInt("total");
    mail.stop();
    runner.tick(Job.REPLIES);
    assertThat(lastRun(batch).getString("outcome")).as("the mailbox is down").isEqualTo("FAILED");

    restartMailbox("not-the-configured-password");
    mailbox.deliver(message("Re: Our late offer", messageId, null));
    runner.tick(Job.REPLIES);
    assertThat(lastRun(batch).getString("outcome")).as("the login is refused").isEqualTo("FAILED");
    JsonObject failed = ok(batch.get("jobs/replies/runs?outcome=FAILED"));
    assertThat(failed.getInt("total")).isEqualTo(failedBefore + 2);
    assertThat(failed.getJsonArray("items").stream().limit(2).map(JsonObject.class::cast)
        .map(run -> run.getString("failureMessage")))
        .as("the run history says why").anyMatch(m -> m.contains("Connect")).anyMatch(m -> m.contains("Authentication"));
    assertThat(ok(sales.get("emails/" + email)).getInt("replies")).isZero();
    assertThat(cards(dan)).isEmpty();

    restartMailbox(System.getenv("CRM_MAIL_IMAP_PASSWORD"));
    mailbox.deliver(message("Re: Our late offer", messageId, null));
    runner.tick(Job.REPLIES);
    assertThat(lastRun(batch).getString("outcome") + " " + lastRun(batch).getInt("items"))
        .as("read at the next run").isEqualTo("OK 1");
    runner.tick(Job.REPLIES);
    runner.tick(Job.REPLIES);
    assertThat(lastRun(batch).getInt("items")).isZero();
    assertThat(ok(sales.get("emails/" + email)).getInt("replies")).isEqualTo(1);
    assertThat(cards(dan)).extracting(c -> c.getString("kind")).containsExactly("REPLY_RECEIVED");
    assertThat(ok(sales.get("contacts/" + dan + "/interaction-log-entries")).getJsonArray("items"))
        .as("no reply template in the setup: no log entry").map(JsonObject.class::cast)
        .noneMatch(e -> "INBOUND".equals(e.getString("informationFlow")));
  }

  private static JsonObject lastRun(Api batch) {
    return ok(batch.get("jobs/replies")).getJsonObject("lastRun");
  }

  /** The demo marketing setup with this template for replies ("": none). */
  private String setup(String replyTemplateCode) {
    return Json.createObjectBuilder(ok(admin.get("marketing-setup"))).add("replyTemplateCode", replyTemplateCode)
        .build().toString();
  }

  @Test
  void aCardBecomesItsOwnersFollowUpCallOnceAndAnotherUsersCardIsRefused() {
    String gus = contact("Gus Caller", "gus@caller.example");
    long email = draft(gus, "Call me back");
    ok(sales.put(reminder(email), body("ANYWAY", clock.instant().plus(Duration.ofHours(1)), "Call Gus")));
    clock.advance(Duration.ofMinutes(61));
    reminders.fireDue();
    long card = cards(gus).get(0).getJsonNumber("id").longValue();
    String createToDo = "action-cards/" + card + "/create-to-do";

    Api manager = admin.as("manager", "manager-demo");
    assertThat(problem(manager.post(createToDo, "{}"), 403)).contains("sales");
    assertThat(problem(sales.post(createToDo, until(clock.instant()).replace("until", "dueAt"), "fr"), 422))
        .contains("pas dans le futur");
    assertThat(problem(sales.post("action-cards/987654321/create-to-do", "{}"), 404)).contains("987654321");
    assertThat(cards(gus)).as("nothing changed").hasSize(1);
    assertThat(ok(sales.get("to-dos?contactNo=" + gus)).getJsonNumber("total").longValue()).isZero();

    JsonObject call = created(sales.post(createToDo, "{}"));
    assertThat(call.getString("no")).startsWith("TD");
    assertThat(call.getString("type")).isEqualTo("CALL");
    assertThat(call.getString("status")).isEqualTo("OPEN");
    assertThat(call.getString("priority")).as("from a high-priority card").isEqualTo("HIGH");
    assertThat(call.getString("description")).isEqualTo("Call me back");
    assertThat(call.getString("contactNo")).isEqualTo(gus);
    assertThat(call.getString("ownerUser")).isEqualTo("sales");
    assertThat(call.getString("salespersonCode")).isEqualTo("PS");
    assertThat(call.getJsonNumber("emailId").longValue()).isEqualTo(email);
    assertThat(call.getJsonNumber("actionCardId").longValue()).isEqualTo(card);
    assertThat(Instant.parse(call.getString("dueAt"))).as("the next working day at 09:00")
        .isEqualTo(nextWorkingMorning(clock.instant()));
    assertThat(cards(gus)).as("the card goes").isEmpty();
    assertThat(problem(sales.post(createToDo, "{}"), 409)).as("one card, one call").contains(String.valueOf(card));
    assertThat(ok(sales.get("to-dos?contactNo=" + gus)).getJsonNumber("total").longValue()).isEqualTo(1);
  }

  @Test
  void toDosAreSeenAndChangedByTheirOwnerAndManagersOnlyAndBadInputChangesNothing() {
    String ida = contact("Ida Todo", "ida@todo.example");
    Api manager = admin.as("manager", "manager-demo");
    Api staff = admin.as("staff", "staff-demo");
    Instant due = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    JsonObject meeting = created(sales.post("to-dos", """
        {"type": "MEETING", "description": "Show Ida the server", "contactNo": "%s", "dueAt": "%s"}"""
        .formatted(ida, due)));
    String no = meeting.getString("no");
    assertThat(meeting.getString("ownerUser")).isEqualTo("sales");
    assertThat(meeting.getString("priority")).isEqualTo("NORMAL");
    JsonObject overdue = created(manager.post("to-dos", """
        {"description": "Overdue call for Peter", "contactNo": "%s", "dueAt": "%s", "salespersonCode": "PS", "type": "CALL"}"""
        .formatted(ida, clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS))));
    assertThat(overdue.getString("ownerUser")).as("given to the salesperson's user").isEqualTo("sales");

    assertThat(nos(sales.get("to-dos?contactNo=" + ida + "&status=OPEN")))
        .as("by due time: the overdue first").containsExactly(overdue.getString("no"), no);
    assertThat(nos(manager.get("to-dos?contactNo=" + ida + "&salespersonCode=PS"))).hasSize(2);
    assertThat(nos(staff.get("to-dos?contactNo=" + ida))).as("not theirs").isEmpty();
    String dueDay = due.atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
    assertThat(nos(sales.get("to-dos?contactNo=" + ida + "&dueFrom=" + dueDay + "&dueTo=" + dueDay))).containsExactly(no);
    assertThat(problem(staff.get("to-dos/" + no), 403)).contains("sales");
    assertThat(staff.put("to-dos/" + no, "{\"description\": \"Mine now\", \"dueAt\": \"" + due + "\"}").status())
        .isEqualTo(403);
    assertThat(staff.delete("to-dos/" + no).status()).isEqualTo(403);
    assertThat(problem(staff.post("to-dos", """
        {"description": "For Peter", "dueAt": "%s", "salespersonCode": "PS"}""".formatted(due)), 403))
        .contains("PS");

    long before = ok(manager.get("to-dos")).getJsonNumber("total").longValue();
    assertThat(problem(sales.post("to-dos", "{\"dueAt\": \"" + due + "\"}", "fr"), 422)).contains("Décrivez la tâche");
    assertThat(problem(sales.post("to-dos", "{\"description\": \"No time\"}"), 422)).contains("due");
    assertThat(problem(sales.post("to-dos", """
        {"description": "Nobody", "dueAt": "%s", "contactNo": "NOSUCH"}""".formatted(due)), 422)).contains("NOSUCH");
    assertThat(problem(sales.post("to-dos", """
        {"description": "%s", "dueAt": "%s"}""".formatted("x".repeat(251), due)), 422)).contains("250");
    assertThat(sales.post("to-dos", "{\"type\": \"PARTY\", \"description\": \"x\", \"dueAt\": \"" + due + "\"}")
        .status()).isEqualTo(400);
    assertThat(problem(sales.get("to-dos?status=LATE"), 422)).contains("LATE");
    assertThat(problem(sales.get("to-dos?dueFrom=tomorrow"), 422)).contains("dueFrom");
    assertThat(ok(manager.get("to-dos")).getJsonNumber("total").longValue()).as("nothing created").isEqualTo(before);

    JsonObject moved = ok(sales.put("to-dos/" + no, """
        {"type": "MEETING", "description": "Show Ida the new server", "contactNo": "%s", "dueAt": "%s", "priority": "HIGH",
         "version": %d}""".formatted(ida, due.plus(Duration.ofDays(1)), meeting.getInt("version"))));
    assertThat(moved.getString("description")).isEqualTo("Show Ida the new server");
    assertThat(moved.getString("priority")).isEqualTo("HIGH");
    JsonObject done = ok(sales.put("to-dos/" + no, """
        {"type": "MEETING", "description": "Show Ida the new server", "dueAt": "%s", "status": "DONE", "contactNo": "%s"}"""
        .formatted(due, ida)));
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(problem(sales.put("to-dos/" + no, """
        {"description": "Again", "dueAt": "%s"}""".formatted(due)), 409)).contains("DONE");
    assertThat(ok(sales.get("to-dos/" + no)).getString("description")).isEqualTo("Show Ida the new server");
    assertThat(nos(sales.get("to-dos?contactNo=" + ida + "&status=DONE"))).containsExactly(no);
    JsonArray trail = ok(admin.get("audit-entries?recordType=TO_DO&recordKey=" + no + "&sort=id")).getJsonArray("items");
    assertThat(trail).extracting(e -> ((JsonObject) e).getString("action") + " " + ((JsonObject) e).getString("userName"))
        .as("the refused changes left nothing").containsExactly("CREATE sales", "CHANGE sales", "CHANGE sales");
    assertThat(trail.getJsonObject(2).getJsonObject("changes").getJsonArray("status").getString(1)).isEqualTo("DONE");
    assertThat(problem(admin.delete("contacts/" + ida), 409)).as("a contact with to-dos stays").contains(ida);

    assertThat(manager.delete("to-dos/" + overdue.getString("no")).status()).isEqualTo(204);
    assertThat(problem(sales.get("to-dos/" + overdue.getString("no")), 404)).contains(overdue.getString("no"));
  }

  /** The next Monday-to-Friday day after now's, at 09:00, in the application's zone. */
  private static Instant nextWorkingMorning(Instant now) {
    java.time.ZoneId zone = java.time.ZoneId.systemDefault();
    java.time.LocalDate day = now.atZone(zone).toLocalDate().plusDays(1);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    return day.atTime(9, 0).atZone(zone).toInstant();
  }

  private static List<String> nos(Answer answer) {
    return ok(answer).getJsonArray("items").stream().map(JsonObject.class::cast).map(t -> t.getString("no")).toList();
  }

  private void restartMailbox(String password) {
    mail.stop();
    mail = new GreenMail(new ServerSetup[] {SMTP, IMAP});
    mail.start();
    mailbox = mail.setUser("replies@cronus.example", System.getenv("CRM_MAIL_IMAP_USER"), password);
  }

  private MimeMessage message(String subject, String inReplyTo, String references) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("bea@answer.example"));
    message.setRecipient(RecipientType.TO, new InternetAddress("replies@cronus.example"));
    message.setSubject(subject);
    message.setText("Thank you, let us talk on Monday.");
    if (inReplyTo != null) {
      message.setHeader("In-Reply-To", inReplyTo);
    }
    if (references != null) {
      message.setHeader("References", references);
    }
    message.saveChanges();
    return message;
  }

  private long sent(String contactNo, String subject) {
    long id = created(sales.post("emails", """
        {"to": [{"contactNo": "%s"}], "subject": "%s", "bodyHtml": "<p>%s</p>", "send": true}"""
        .formatted(contactNo, subject, subject))).getJsonNumber("id").longValue();
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);
    return id;
  }

  private long draft(String contactNo, String subject) {
    return draft(contactNo, subject, "ON");
  }

  private long draft(String contactNo, String subject, String tracking) {
    return created(sales.post("emails", """
        {"to": [{"contactNo": "%s"}], "subject": "%s", "bodyHtml": "<p>%s</p>", "tracking": "%s"}"""
        .formatted(contactNo, subject, subject, tracking))).getJsonNumber("id").longValue();
  }

  private String status(long emailId) {
    return ok(sales.get("emails/" + emailId)).getJsonObject("reminder").getString("status");
  }

  /** The salesperson's cards about the contact (the other tests' cards left aside). */
  private List<JsonObject> cards(String contactNo) {
    Answer answer = sales.get("action-cards");
    assertThat(answer.status()).isEqualTo(200);
    return answer.array().stream().map(JsonObject.class::cast)
        .filter(card -> contactNo.equals(card.getString("contactNo", null))).toList();
  }

  private String contact(String name, String email) {
    String no = "FU" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    created(admin.post("contacts", """
        {"no": "%s", "type": "PERSON", "name": "%s", "email": "%s", "allowTracking": true}"""
        .formatted(no, name, email)));
    return no;
  }

  private static String reminder(long emailId) {
    return "emails/" + emailId + "/reminder";
  }

  private static String body(String condition, Instant remindAt, String comment) {
    return """
        {"condition": "%s", "remindAt": "%s", "comment": "%s"}""".formatted(condition, remindAt, comment);
  }

  private static String until(Instant until) {
    return "{\"until\": \"" + until + "\"}";
  }

  private static JsonObject created(Answer answer) {
    return answer.expect(201);
  }

  private static JsonObject ok(Answer answer) {
    return answer.expect(200);
  }

  private static String problem(Answer answer, int status) {
    return answer.refused(status);
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
