package crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import crm.domain.shared.ConflictException;
import crm.it.MailTestData.EntryDelivery;
import crm.service.mail.DeliveryOutcome;
import crm.service.mail.DispatchSummary;
import crm.service.mail.MailDispatcher;
import crm.service.mail.MailSettings;
import crm.service.mail.OutboxMessage;
import crm.service.mail.OutboxService;
import crm.service.mail.OutboxStatus;
import crm.service.mail.SendAttempt;
import crm.service.shared.ListRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Email delivery after logging (F-51, F-58, F-62, F-63) and its send ledger (issue 15: a crash
 * injected between the SMTP server's acceptance and the commit), inside Payara Micro against PostgreSQL,
 * with GreenMail as the SMTP server at the address the application is configured with
 * (CRM_MAIL_SMTP_HOST/PORT, set by Failsafe). The mail timer is stopped: each test calls the
 * dispatcher itself, so nothing depends on the wall clock.
 */
@ExtendWith(ArquillianExtension.class)
class MailDeliveryIT {

  private static final ServerSetup SMTP = TestSmtp.setup();
  private static final byte[] BROCHURE = "%PDF-1.4 Millennium Server brochure".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.application()
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  @Inject MailDispatcher dispatcher;
  @Inject OutboxService outbox;
  @Inject MailSettings settings;
  @Inject MailTimers timers;
  @Inject MailTestData data;
  @Inject CrashingMailSender crash;
  @Inject TestInstance instance;
  @Inject TestClock clock;

  @Resource ManagedExecutorService executor;

  private GreenMail smtp;

  @BeforeEach
  void startMailServer() {
    timers.stopMailDispatchJob();
    data.templateWithFile("brochure.pdf", "application/pdf", BROCHURE);
    smtp = new GreenMail(SMTP);
    smtp.start();
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
    clock.reset();
    instance.reset();
  }

  @Test
  void sendsAPersonalisedMultipartEmailWithTheTemplateFile() throws Exception {
    long entry = data.loggedEntry("Jørgen Ærø", "jorgen@aero.example");
    long id = data.queue(entry, "jorgen@aero.example", "Jørgen Ærø", "Tak for besøget på Ærø",
        "<p>Kære <b>Jørgen</b></p>", "Kære Jørgen");

    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);

    MimeMessage received = single(smtp.getReceivedMessages());
    assertThat(received.getSubject()).isEqualTo("Tak for besøget på Ærø");
    assertEncodedNames(received);
    assertTextHtmlAndBrochure(received);
    OutboxMessage sent = outbox.get(id);
    assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.sentAt()).isNotNull();
    assertThat(sent.messageId()).isEqualTo(received.getMessageID()).endsWith("@cronus.example>");
    assertThat(data.entryDelivery(entry)).isEqualTo(new EntryDelivery("SENT", false));
    assertThat(dispatcher.dispatchDue().total()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void anSmtpOutageQueuesTheMessageAgainAndItIsDeliveredOnceLater() throws Exception {
    long entry = data.loggedEntry("Ida Outage", "ida@outage.example");
    long id = data.queue(entry, "ida@outage.example", "Ida Outage", "During the outage", "<p>Hi</p>", "Hi");
    smtp.stop();
    LocalDateTime beforeFailure = LocalDateTime.now();

    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.RETRYING)).isEqualTo(1);

    OutboxMessage queued = outbox.get(id);
    assertThat(queued.status()).isEqualTo(OutboxStatus.QUEUED);
    assertThat(queued.attempts()).isEqualTo(1);
    assertThat(queued.nextAttemptAt()).isAfterOrEqualTo(beforeFailure.plus(settings.retryPolicy().baseDelay()));
    assertThat(queued.lastError()).containsIgnoringCase("connect");
    assertThat(data.entryDelivery(entry)).isEqualTo(new EntryDelivery("RETRYING", false));
    assertThat(dispatcher.dispatchDue().total()).as("not due before its backoff elapsed").isZero();

    smtp = new GreenMail(SMTP);
    smtp.start();
    data.makeDue(id);
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);
    assertThat(dispatcher.dispatchDue().total()).isZero();

    assertThat(single(smtp.getReceivedMessages()).getSubject()).isEqualTo("During the outage");
    assertThat(outbox.get(id).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(outbox.get(id).attempts()).isEqualTo(2);
    assertThat(data.entryDelivery(entry)).isEqualTo(new EntryDelivery("SENT", false));
  }

  @Test
  void aLongOutageIsTriedUntilTheWindowEndsThenFailsAndTheOutboxConsoleCanRetryIt() {
    long entry = data.loggedEntry("Gustav Givesup", "gustav@givesup.example");
    long id = data.queue(entry, "gustav@givesup.example", null, "Never arrives", "<p>x</p>", "x");
    smtp.stop();
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.RETRYING)).isEqualTo(1);
    LocalDateTime firstTry = outbox.get(id).firstAttemptAt();
    assertThat(outbox.history(id).triesUntil()).isEqualTo(firstTry.plusDays(1));

    clock.advance(Duration.ofHours(23));
    data.makeDue(id);
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.RETRYING)).as("a day has not passed").isEqualTo(1);
    clock.advance(Duration.ofHours(1));
    data.makeDue(id);
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.FAILED)).isEqualTo(1);

    OutboxMessage failed = outbox.get(id);
    assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.lastError()).containsIgnoringCase("connect");
    assertThat(outbox.history(id).attempts()).extracting(SendAttempt::outcome)
        .containsExactly("RETRYING", "RETRYING", "FAILED");
    assertThat(data.entryDelivery(entry)).isEqualTo(new EntryDelivery("FAILED", true));
    assertThat(outbox.list(OutboxStatus.FAILED, new ListRequest(0, 50, null)).items())
        .extracting(OutboxMessage::id).contains(id);
    assertThrows(ConflictException.class, () -> outbox.cancel(id));

    OutboxMessage requeued = outbox.retry(id);
    assertThat(requeued.status()).isEqualTo(OutboxStatus.QUEUED);
    assertThat(requeued.attempts()).isZero();
    assertThat(data.entryDelivery(entry)).isEqualTo(new EntryDelivery("QUEUED", false));
    smtp = new GreenMail(SMTP);
    smtp.start();
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThrows(ConflictException.class, () -> outbox.retry(id));
  }

  @Test
  void canceledMessagesAndContactsWhoRefuseEmailAreNotSent() {
    long canceledEntry = data.loggedEntry("Carl Canceled", "carl@canceled.example");
    long canceled = data.queue(canceledEntry, "carl@canceled.example", null, "Canceled", "<p>x</p>", "x");
    long refusingEntry = data.loggedEntry("Rita Refuses", "rita@refuses.example");
    long refused = data.queue(refusingEntry, "rita@refuses.example", null, "Refused", "<p>x</p>", "x");

    assertThat(outbox.cancel(canceled).status()).isEqualTo(OutboxStatus.CANCELED);
    data.refuseEmail(refusingEntry);
    DispatchSummary summary = dispatcher.dispatchDue();

    assertThat(summary.count(DeliveryOutcome.CANCELED)).isEqualTo(1);
    assertThat(summary.count(DeliveryOutcome.SENT)).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(outbox.get(refused).status()).isEqualTo(OutboxStatus.CANCELED);
    assertThat(data.entryDelivery(canceledEntry).deliveryStatus()).isEqualTo("CANCELED");
    assertThat(data.entryDelivery(refusingEntry).deliveryStatus()).isEqualTo("CANCELED");
  }

  @Test
  void concurrentDispatchersSendEachMessageExactlyOnce() throws Exception {
    long entry = data.loggedEntry("Conny Current", "conny@current.example");
    int messages = 120;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < messages; i++) {
      ids.add(data.queue(entry, "conny@current.example", "Conny", "Concurrent " + i, "<p>" + i + "</p>", "" + i));
    }
    List<Callable<DispatchSummary>> runs = List.of(dispatcher::dispatchDue, dispatcher::dispatchDue,
        dispatcher::dispatchDue);
    int sent = 0;
    for (Future<DispatchSummary> run : executor.invokeAll(runs)) {
      sent += run.get().count(DeliveryOutcome.SENT);
    }

    assertThat(sent).isEqualTo(messages);
    List<String> subjects = new ArrayList<>();
    for (MimeMessage received : smtp.getReceivedMessages()) {
      subjects.add(received.getSubject());
    }
    assertThat(subjects).hasSize(messages).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> outbox.get(id).status() == OutboxStatus.SENT);
  }

  @Test
  void settingsComeFromTheEnvironmentAndTheDefaults() {
    assertThat(settings.smtpConfigured()).isTrue();
    assertThat(settings.outboxDir().toString()).endsWith("data/outbox").doesNotContain("${");
    assertThat(settings.retryPolicy().window()).isEqualTo(Duration.ofDays(1));
    assertThat(settings.heartbeatLapse()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aCrashAfterTheServerAcceptedLeavesTheMessageUncertainAndSendAgainReusesItsMessageId() throws Exception {
    long entry = data.loggedEntry("Uma Uncertain", "uma@uncertain.example");
    long id = uncertainMessage(entry, "Accepted, then the crash");
    MimeMessage first = single(smtp.getReceivedMessages());

    assertThat(outbox.get(id).status()).isEqualTo(OutboxStatus.UNCERTAIN);
    assertThat(outbox.list(OutboxStatus.UNCERTAIN, new ListRequest(0, 50, null)).items())
        .extracting(OutboxMessage::id).contains(id);
    SendAttempt attempt = outbox.history(id).attempts().get(0);
    assertThat(outbox.history(id).attempts()).hasSize(1);
    assertThat(attempt.messageId()).isEqualTo(first.getMessageID());
    assertThat(attempt.instanceId()).isEqualTo("crashed-" + id);
    assertThat(attempt.startedAt()).isNotNull();
    assertThat(attempt.finishedAt()).isNull();
    assertThat(attempt.outcome()).isEqualTo("UNCERTAIN");
    assertThat(dispatcher.dispatchDue().total()).as("never resent silently").isZero();

    assertThat(outbox.sendAgain(id).status()).isEqualTo(OutboxStatus.QUEUED);
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.SENT)).isEqualTo(1);

    assertThat(smtp.getReceivedMessages()).hasSize(2)
        .extracting(MimeMessage::getMessageID).containsOnly(first.getMessageID());
    assertThat(outbox.get(id).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(outbox.get(id).messageId()).isEqualTo(first.getMessageID());
    assertThat(outbox.history(id).attempts()).extracting(SendAttempt::messageId, SendAttempt::outcome)
        .containsExactly(tuple(first.getMessageID(), "UNCERTAIN"), tuple(first.getMessageID(), "SENT"));
    assertThat(data.entryDelivery(entry)).isEqualTo(new EntryDelivery("SENT", false));
    assertThrows(ConflictException.class, () -> outbox.sendAgain(id));
  }

  @Test
  void anUncertainMessageMarkedAsSentIsNotSentAgain() throws Exception {
    long entry = data.loggedEntry("Mark Marked", "mark@marked.example");
    long id = uncertainMessage(entry, "Arrived after all");

    OutboxMessage marked = outbox.markSent(id);

    assertThat(marked.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(marked.sentAt()).isEqualTo(outbox.history(id).attempts().get(0).startedAt());
    assertThat(data.entryDelivery(entry)).isEqualTo(new EntryDelivery("SENT", false));
    assertThat(dispatcher.dispatchDue().total()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThrows(ConflictException.class, () -> outbox.markSent(id));
  }

  /**
   * A message the SMTP server accepted from an instance that died before it recorded so (the
   * fault injected right after the acceptance), once a living instance found the dead one's
   * heartbeat lapsed: it arrived once, and it is UNCERTAIN.
   */
  private long uncertainMessage(long entry, String subject) {
    long id = data.queue(entry, "someone@uncertain.example", null, subject, "<p>x</p>", "x");
    instance.actAs("crashed-" + id);
    crash.crashAfterNextAcceptance();
    assertThat(dispatcher.dispatchDue().count(DeliveryOutcome.ERROR)).isEqualTo(1);
    instance.reset();
    assertThat(dispatcher.dispatchDue().total()).as("the claim holds while its instance beats").isZero();
    assertThat(outbox.get(id).status()).isEqualTo(OutboxStatus.SENDING);

    clock.advance(settings.heartbeatLapse().plusSeconds(1));
    assertThat(dispatcher.dispatchDue().total()).as("released, but not sent again").isZero();
    clock.reset();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    return id;
  }

  private static void assertEncodedNames(MimeMessage received) throws Exception {
    assertThat(received.getHeader("To")[0]).startsWith("=?UTF-8?").doesNotContain("ø");
    assertThat(((InternetAddress) received.getRecipients(RecipientType.TO)[0]).getPersonal()).isEqualTo("Jørgen Ærø");
    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertThat(from.getPersonal()).isEqualTo(MailTestData.FROM_NAME);
    assertThat(from.getAddress()).isEqualTo(MailTestData.FROM_ADDRESS);
  }

  private static void assertTextHtmlAndBrochure(MimeMessage received) throws Exception {
    assertThat(received.getContentType()).startsWith("multipart/mixed");
    Multipart mixed = (Multipart) received.getContent();
    assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
    Multipart alternatives = (Multipart) mixed.getBodyPart(0).getContent();
    assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    assertThat(alternatives.getBodyPart(0).getContent()).isEqualTo("Kære Jørgen");
    assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(alternatives.getBodyPart(1).getContent()).isEqualTo("<p>Kære <b>Jørgen</b></p>");
    Part file = mixed.getBodyPart(1);
    assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(file.getFileName()).isEqualTo("brochure.pdf");
    assertThat(file.getContentType()).startsWith("application/pdf");
    assertThat(file.getInputStream().readAllBytes()).isEqualTo(BROCHURE);
  }

  private static MimeMessage single(MimeMessage[] messages) {
    assertThat(messages).hasSize(1);
    return Arrays.stream(messages).findFirst().orElseThrow();
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
