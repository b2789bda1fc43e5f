package crm.web.campaign;

import crm.domain.campaign.CampaignPrice;
import crm.service.campaign.CampaignPrices;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The prices and line discounts panel of campaign/card.xhtml (F-13): list, add one, delete one. */
@Named
@ViewScoped
public class CampaignPricesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CampaignPrices prices;
  @Inject private CampaignCardBacking card;
  private PageModel<CampaignPrice> model;
  /** The new price as typed: an unsaved price that is only read. */
  private CampaignPrice form = new CampaignPrice(null);

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> prices.list(card.getNo(), request), p -> String.valueOf(p.getId()), Map.of());
  }

  public void add() {
    String no = card.getNo();
    if (Feedback.run(() -> prices.add(no, this::copyForm), "campaignPrice.added", form.getItemNo())) {
      form = new CampaignPrice(null);
    }
  }

  public void delete(long id, String item) {
    String no = card.getNo();
    Feedback.run(() -> prices.delete(no, id), "campaignPrice.deleted", item);
  }

  private void copyForm(CampaignPrice price) {
    price.setItemNo(form.getItemNo() == null ? null : form.getItemNo().trim());
    price.setItemDescription(form.getItemDescription());
    price.setUnitPrice(form.getUnitPrice());
    price.setDiscountPercent(form.getDiscountPercent());
    price.setMinimumQuantity(form.getMinimumQuantity());
  }

  public PageModel<CampaignPrice> getModel() { return model; }
  public CampaignPrice getForm() { return form; }
}
