package crm.web.todo;

import crm.domain.todo.ToDo;
import crm.domain.todo.ToDoStatus;
import crm.service.contact.ContactService;
import crm.service.todo.ToDoService;
import crm.web.shared.Feedback;
import crm.web.shared.Lookups;
import crm.web.shared.UserZone;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * todo/card.xhtml: a new to-do (no {@code no} parameter) or an existing one: edit it while it is
 * open, mark it done or cancel it. The form edits a detached copy; Save copies it onto the record.
 */
@Named
@ViewScoped
public class ToDoCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ToDoService toDos;
  @Inject private ContactService contacts;
  @Inject private UserZone userZone;
  @Inject private Clock clock;
  private String no;
  private ToDo toDo;
  private String contact;
  private LocalDateTime dueAt;

  /** f:viewAction: reads the to-do named by the {@code no} parameter; a new one is due the next working day at 09:00. */
  public void load() {
    toDo = isNew() ? null : Feedback.call(() -> toDos.get(no), null);
    if (toDo == null) {
      no = null;
      toDo = new ToDo(null, null);
      dueAt = userZone.local(ToDo.nextWorkingMorning(clock.instant(), userZone.getZone()));
      return;
    }
    dueAt = userZone.local(toDo.getDueAt());
    String contactNo = toDo.getContactNo();
    contact = contactNo == null ? null
        : contactNo + Lookups.CONTACT_SEPARATOR + contacts.names(List.of(contactNo)).getOrDefault(contactNo, "");
  }

  public String save() {
    if (isNew()) {
      ToDo created = Feedback.call(() -> toDos.create(this::copyForm), "toDo.created");
      return created == null ? null : reload(created.getNo());
    }
    return Feedback.call(() -> toDos.update(no, toDo.getVersion(), null, this::copyForm), "common.saved") == null
        ? null : reload(no);
  }

  public String markDone() {
    return Feedback.run(() -> toDos.close(no, ToDoStatus.DONE), "toDo.doneMsg", no) ? reload(no) : null;
  }

  public String cancel() {
    return Feedback.run(() -> toDos.close(no, ToDoStatus.CANCELED), "toDo.canceledMsg", no) ? reload(no) : null;
  }

  private void copyForm(ToDo target) {
    target.setType(toDo.getType());
    target.setDescription(toDo.getDescription() == null ? null : toDo.getDescription().strip());
    target.setContactNo(Lookups.contactNoOf(contact));
    target.setCampaignNo(toDo.getCampaignNo());
    target.setSalespersonCode(toDo.getSalespersonCode());
    target.setPriority(toDo.getPriority());
    target.setDueAt(dueAt == null ? null : userZone.instant(dueAt));
  }

  private static String reload(String no) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/todo/card?faces-redirect=true&no=" + no;
  }

  public boolean isNew() { return no == null || no.isBlank(); }
  public boolean isOpen() { return isNew() || toDo.getStatus() == ToDoStatus.OPEN; }
  public String getNo() { return no; }
  public void setNo(String no) { this.no = no; }
  public ToDo getToDo() { return toDo; }
  public String getContact() { return contact; }
  public void setContact(String contact) { this.contact = contact; }
  public LocalDateTime getDueAt() { return dueAt; }
  public void setDueAt(LocalDateTime dueAt) { this.dueAt = dueAt; }
}
