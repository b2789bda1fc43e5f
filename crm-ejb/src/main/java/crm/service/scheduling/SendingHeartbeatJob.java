package crm.service.scheduling;

import crm.service.mail.InstanceHeartbeat;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Refreshes this instance's heartbeat every ten seconds, on every instance, apart from the mail
 * timer so that a long dispatch run does not hold it up: the claims of an instance that stopped
 * beating are released within the heartbeat lapse. Not persistent (STACK-NOTES.md).
 */
@Singleton
public class SendingHeartbeatJob {

  @Inject private InstanceHeartbeat heartbeat;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "sending heartbeat")
  void beat() {
    heartbeat.beat();
  }
}
