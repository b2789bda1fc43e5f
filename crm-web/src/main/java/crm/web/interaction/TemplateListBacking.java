package crm.web.interaction;

import crm.domain.interaction.InteractionTemplate;
import crm.domain.interaction.InteractionTemplateLanguage;
import crm.service.interaction.InteractionTemplateService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** interaction/templates.xhtml: the interaction templates (F-30) and, for the selected one, its languages (F-31). */
@Named
@ViewScoped
public class TemplateListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionTemplateService templates;
  private List<InteractionTemplate> list;
  private InteractionTemplate selected;
  private List<InteractionTemplateLanguage> languages = List.of();

  @PostConstruct
  void init() {
    list = templates.list();
    if (!list.isEmpty()) {
      select(list.get(0));
    }
  }

  public void select(InteractionTemplate template) {
    selected = template;
    languages = templates.languages(template.getCode());
  }

  public List<InteractionTemplate> getList() { return list; }
  public InteractionTemplate getSelected() { return selected; }
  public List<InteractionTemplateLanguage> getLanguages() { return languages; }
}
