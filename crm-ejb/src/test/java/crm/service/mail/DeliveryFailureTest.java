package crm.service.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class DeliveryFailureTest {

  @Test
  void unreachableServerIsTemporary() {
    var refused = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 3025; timeout 30000",
        new ConnectException("Connection refused"));
    assertThat(DeliveryFailure.isPermanent(refused)).isFalse();
    assertThat(DeliveryFailure.describe(refused))
        .isEqualTo("MessagingException: Couldn't connect to host, port: 127.0.0.1, 3025; timeout 30000;"
            + " ConnectException: Connection refused");
  }

  @Test
  void smtp4xxReplyIsTemporary() {
    var greylisted = new SendFailedException("Invalid Addresses",
        new MessagingException("450 4.2.0 <a@example.com>: Recipient address rejected: Greylisted"));
    assertThat(DeliveryFailure.isPermanent(greylisted)).isFalse();
  }

  @Test
  void smtp5xxReplyAnywhereInTheChainIsPermanent() {
    var unknownUser = new SendFailedException("Invalid Addresses",
        new MessagingException("550 5.1.1 <nobody@example.com>: Recipient address rejected"));
    assertThat(DeliveryFailure.isPermanent(unknownUser)).isTrue();
    assertThat(DeliveryFailure.isPermanent(new MessagingException("554-Transaction failed\n554 spam")))
        .isTrue();
  }

  @Test
  void malformedAddressIsPermanent() {
    assertThat(DeliveryFailure.isPermanent(new AddressException("Missing final '@domain'", "jørgen")))
        .isTrue();
  }

  @Test
  void writingTheOutboxFileIsTemporary() {
    assertThat(DeliveryFailure.isPermanent(new IOException("No space left on device"))).isFalse();
  }

  @Test
  void numbersThatAreNotReplyCodesAreNotMistakenForThem() {
    assertThat(DeliveryFailure.isPermanent(new MessagingException("5000 messages queued"))).isFalse();
  }
}
