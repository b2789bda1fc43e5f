package crm.web.interaction;

import crm.domain.interaction.InteractionTemplate;
import crm.service.interaction.InteractionTemplateService;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * interaction/templates.xhtml: the interaction templates (F-30), paged, sorted and filtered in the
 * database; each opens its card with its languages.
 */
@Named
@ViewScoped
public class TemplateListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionTemplateService templates;
  private PageModel<InteractionTemplate> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> templates.list(request), InteractionTemplate::getCode, Map.of());
  }

  public PageModel<InteractionTemplate> getModel() {
    return model;
  }
}
