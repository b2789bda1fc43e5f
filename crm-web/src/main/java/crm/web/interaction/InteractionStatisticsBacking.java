package crm.web.interaction;

import crm.domain.interaction.InteractionStatistics;
import crm.service.interaction.InteractionEntryActions;
import crm.service.interaction.InteractionLogService;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;

/**
 * The two dialogs of interaction/log.xhtml that look at many entries (F-33): the statistics per
 * template and per group of the period in the filter bar, and the batch deletion of the canceled
 * entries of a period (the ERP's "Delete Interaction Log Entries"), which says how many went.
 */
@Named
@ViewScoped
public class InteractionStatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionLogService interactions;
  @Inject private InteractionEntryActions actions;
  private LocalDate from;
  private LocalDate to;
  private InteractionStatistics statistics;
  private LocalDate deleteFrom;
  private LocalDate deleteTo;

  /** Reads the figures of the period (either date may be null) for the statistics dialog. */
  public void show(LocalDate periodFrom, LocalDate periodTo) {
    from = periodFrom;
    to = periodTo;
    statistics = Feedback.call(() -> interactions.statistics(periodFrom, periodTo), null);
  }

  /** Runs the batch deletion; the dialog closes once it ran. */
  public void deleteCanceled() {
    Integer deleted = Feedback.call(() -> actions.deleteCanceled(deleteFrom, deleteTo), null);
    if (deleted != null) {
      Feedback.info("log.batchDeleted", deleted);
      PrimeFaces.current().ajax().addCallbackParam("deleted", true);
    }
  }

  public LocalDate getFrom() { return from; }
  public LocalDate getTo() { return to; }
  public InteractionStatistics getStatistics() { return statistics; }
  public LocalDate getDeleteFrom() { return deleteFrom; }
  public void setDeleteFrom(LocalDate deleteFrom) { this.deleteFrom = deleteFrom; }
  public LocalDate getDeleteTo() { return deleteTo; }
  public void setDeleteTo(LocalDate deleteTo) { this.deleteTo = deleteTo; }
}
