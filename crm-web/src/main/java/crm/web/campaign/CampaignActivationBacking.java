package crm.web.campaign;

import crm.service.campaign.CampaignActivation;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Activate and Deactivate on campaign/card.xhtml (F-13), and the size of the target group. */
@Named
@RequestScoped
public class CampaignActivationBacking {

  @Inject private CampaignActivation activation;
  @Inject private CampaignCardBacking card;
  private Long targets;

  public void activate() {
    String no = card.getNo();
    Integer taken = Feedback.call(() -> activation.activate(no), null);
    if (taken != null) {
      Feedback.info("campaign.activated", no, taken);
      card.load();
    }
  }

  public void deactivate() {
    String no = card.getNo();
    if (Feedback.run(() -> activation.deactivate(no), "campaign.deactivated", no)) {
      card.load();
    }
  }

  /** The contacts of the target group, read once per request. */
  public long getTargets() {
    if (targets == null) {
      targets = card.isNew() ? 0 : activation.targets(card.getNo());
    }
    return targets;
  }
}
