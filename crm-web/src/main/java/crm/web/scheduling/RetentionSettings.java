package crm.web.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the clean-up job keeps what it deletes (settings {@code crm.jobs.clean-up.*}), shown
 * under the job in the timer console, so the batch administrator sees what a run will remove.
 */
@Named
@ApplicationScoped
public class RetentionSettings {

  @Inject
  @ConfigProperty(name = "crm.jobs.clean-up.run-history-days")
  int runHistoryDays;

  @Inject
  @ConfigProperty(name = "crm.jobs.clean-up.tracking-days")
  int trackingDays;

  public int getRunHistoryDays() {
    return runHistoryDays;
  }

  public int getTrackingDays() {
    return trackingDays;
  }
}
