package crm.web.todo;

import crm.domain.todo.ToDo;
import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoStatus;
import crm.domain.todo.ToDoType;
import crm.service.todo.ToDoService;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Map;

/**
 * todo/list.xhtml, My to-dos (F-15): the user's to-dos (everyone's for a manager), paged, sorted
 * and filtered in the database; the open ones by due time at first, so the overdue come first.
 */
@Named
@ViewScoped
public class ToDoListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ToDoService toDos;
  @Inject private Clock clock;
  private ToDoStatus status = ToDoStatus.OPEN;
  private String campaignNo;
  private PageModel<ToDo> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> toDos.list(request.whereEqual("status", status).whereEqual("campaignNo", campaignNo)),
        ToDo::getNo, Map.of("type", ToDoType::valueOf, "priority", ToDoPriority::valueOf));
  }

  /** f:viewAction of the campaign card: the campaign's to-dos, of every status. */
  public void showCampaign(String no) {
    campaignNo = no;
    status = null;
  }

  public void markDone(String no) {
    Feedback.run(() -> toDos.close(no, ToDoStatus.DONE), "toDo.doneMsg", no);
  }

  public void cancel(String no) {
    Feedback.run(() -> toDos.close(no, ToDoStatus.CANCELED), "toDo.canceledMsg", no);
  }

  public boolean overdue(ToDo toDo) {
    return toDo.isOverdue(clock.instant());
  }

  public PageModel<ToDo> getModel() { return model; }
  public ToDoStatus getStatus() { return status; }
  public void setStatus(ToDoStatus status) { this.status = status; }
  public ToDoStatus[] getStatuses() { return ToDoStatus.values(); }
}
