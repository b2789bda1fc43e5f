package crm.web.interaction;

import crm.domain.interaction.InteractionTemplate;
import crm.service.interaction.InteractionTemplateService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** interaction/templates.xhtml: the interaction templates (F-30); each opens its card with its languages. */
@Named
@ViewScoped
public class TemplateListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionTemplateService templates;
  private List<InteractionTemplate> list;

  @PostConstruct
  void init() {
    list = templates.list();
  }

  public List<InteractionTemplate> getList() { return list; }
}
