package crm.web.campaign;

import crm.domain.campaign.CampaignEntry;
import crm.service.campaign.CampaignEntryService;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** campaign/entries.xhtml: the campaign entries of all campaigns, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class CampaignEntryListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CampaignEntryService entries;
  private PageModel<CampaignEntry> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> entries.allEntries(request), entry -> String.valueOf(entry.getEntryNo()),
        Map.of("canceled", Boolean::valueOf));
  }

  public PageModel<CampaignEntry> getModel() {
    return model;
  }
}
