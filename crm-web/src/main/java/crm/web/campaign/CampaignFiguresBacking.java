package crm.web.campaign;

import crm.domain.campaign.CampaignStatistics;
import crm.domain.email.EmailStatistics;
import crm.service.campaign.CampaignService;
import crm.service.email.EngagementService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** campaign/card.xhtml's Statistics: the campaign's figures (F-12) and its emails' engagement. */
@Named
@ViewScoped
public class CampaignFiguresBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CampaignService campaigns;
  @Inject private EngagementService engagement;
  private CampaignStatistics statistics;
  private EmailStatistics emailStatistics;

  /** Reads the figures of the campaign, again after something changed them. */
  public void show(String campaignNo) {
    statistics = campaigns.statistics(campaignNo);
    emailStatistics = engagement.ofCampaign(campaignNo);
  }

  public CampaignStatistics getStatistics() { return statistics; }
  public EmailStatistics getEmailStatistics() { return emailStatistics; }
}
