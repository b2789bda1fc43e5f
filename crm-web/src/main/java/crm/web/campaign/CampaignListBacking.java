package crm.web.campaign;

import crm.domain.campaign.Campaign;
import crm.service.campaign.CampaignService;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** campaign/list.xhtml: all campaigns, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class CampaignListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CampaignService campaigns;
  private PageModel<Campaign> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> campaigns.list(request), Campaign::getNo, Map.of());
  }

  public PageModel<Campaign> getModel() {
    return model;
  }
}
