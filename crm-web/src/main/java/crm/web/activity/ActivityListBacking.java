package crm.web.activity;

import crm.domain.activity.Activity;
import crm.service.activity.ActivityService;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** activity/list.xhtml: the activities, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class ActivityListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ActivityService activities;
  private PageModel<Activity> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(activities::list, Activity::getCode, Map.of());
  }

  public PageModel<Activity> getModel() { return model; }
}
