package crm.service.scheduling;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due emails every five seconds. Non-persistent, because Payara Micro keeps persistent
 * timers in Hazelcast memory only and loses them on failover (STACK-NOTES.md); every instance
 * runs it and the outbox claims decide who sends what. A tick that comes while the previous run
 * is still sending is skipped rather than queued behind it. No transaction: the dispatcher opens
 * one per claim and per message; the run is recorded by {@link JobRunner}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatchJob {

  private final AtomicBoolean running = new AtomicBoolean();

  @Inject private JobRunner jobs;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "mail dispatch")
  void dispatchDueMail() {
    if (running.compareAndSet(false, true)) {
      try {
        jobs.tick(Job.MAIL_DISPATCH);
      } finally {
        running.set(false);
      }
    }
  }
}
