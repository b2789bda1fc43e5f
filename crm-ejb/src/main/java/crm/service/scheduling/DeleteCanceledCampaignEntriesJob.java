package crm.service.scheduling;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Looks every ten seconds whether "delete canceled campaign entries" is due (daily, at the time set
 * in the timer console) or was asked for; one instance takes it (see {@link JobRecording}).
 * Not persistent (STACK-NOTES.md). A tick during a long run is not held up: it finds the run already taken.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeleteCanceledCampaignEntriesJob {

  @Inject private JobRunner jobs;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "delete canceled campaign entries")
  void deleteIfDue() {
    jobs.tick(Job.DELETE_CANCELED_CAMPAIGN_ENTRIES);
  }
}
