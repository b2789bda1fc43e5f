package crm.web.mail;

import crm.service.mail.DeliveryHistory;
import crm.service.mail.OutboxMessage;
import crm.service.mail.OutboxService;
import crm.service.mail.OutboxStatus;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;

/**
 * mail/outbox.xhtml: the outbox messages of one status (or all), newest first and paged in the
 * database, the count of each status, the details of one message with its send ledger, and the
 * actions of the console: retry a failed message, cancel a queued one, mark an uncertain one as
 * sent or send it again.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private OutboxService outbox;
  private OutboxStatus status;
  private Map<OutboxStatus, Long> counts;
  private PageModel<OutboxMessage> model;
  private OutboxMessage selected;
  private DeliveryHistory history;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> outbox.list(status, request), m -> String.valueOf(m.id()), Map.of());
    counts = outbox.countByStatus();
  }

  /** Ajax: the status filter changed; the table starts again at its first page. */
  public void filter() {
    counts = outbox.countByStatus();
    var table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("form:outbox");
    if (table != null) {
      table.setFirst(0);
    }
  }

  public void show(long id) {
    selected = Feedback.call(() -> outbox.get(id), null);
    history = selected == null ? null : outbox.history(id);
  }

  public void markSent(long id) {
    Feedback.run(() -> outbox.markSent(id), "outbox.markedSent", id);
    counts = outbox.countByStatus();
  }

  public void sendAgain(long id) {
    Feedback.run(() -> outbox.sendAgain(id), "outbox.sentAgain", id);
    counts = outbox.countByStatus();
  }

  public void retry(long id) {
    Feedback.run(() -> outbox.retry(id), "outbox.retried", id);
    counts = outbox.countByStatus();
  }

  public void cancel(long id) {
    Feedback.run(() -> outbox.cancel(id), "outbox.canceled", id);
    counts = outbox.countByStatus();
  }

  public long getTotal() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public OutboxStatus[] getStatuses() { return OutboxStatus.values(); }
  public OutboxStatus getStatus() { return status; }
  public void setStatus(OutboxStatus status) { this.status = status; }
  public Map<OutboxStatus, Long> getCounts() { return counts; }
  public PageModel<OutboxMessage> getModel() { return model; }
  public OutboxMessage getSelected() { return selected; }
  public DeliveryHistory getHistory() { return history; }
}
