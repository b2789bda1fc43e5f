package crm.web.campaign;

import crm.domain.campaign.Campaign;
import crm.service.campaign.CampaignService;
import crm.web.shared.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * campaign/card.xhtml: a new campaign (no {@code no} parameter) or an existing one, with its
 * figures ({@link CampaignFiguresBacking}) and entries ({@link CampaignEntriesBacking}). The form
 * edits a detached copy; Save copies it onto the record.
 */
@Named
@ViewScoped
public class CampaignCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CampaignService campaigns;
  @Inject private CampaignFiguresBacking figures;
  @Inject private CampaignEntriesBacking campaignEntries;
  private String no;
  private Campaign campaign;
  private LocalDate startingDate;
  private LocalDate endingDate;

  /** f:viewAction: reads the campaign named by the {@code no} parameter. */
  public void load() {
    if (no == null || no.isBlank()) {
      campaign = new Campaign(null);
      return;
    }
    campaign = Feedback.call(() -> campaigns.get(no), null);
    if (campaign == null) {
      no = null;
      campaign = new Campaign(null);
      return;
    }
    startingDate = campaign.getStartingDate();
    endingDate = campaign.getEndingDate();
    figures.show(no);
    campaignEntries.show(no);
  }

  public String save() {
    if (isNew()) {
      Campaign created = Feedback.call(() -> campaigns.create(null, this::copyForm), null);
      if (created == null) {
        return null;
      }
      Feedback.info("campaign.created", created.getNo());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/campaign/card?faces-redirect=true&no=" + created.getNo();
    }
    Campaign saved = Feedback.call(() -> campaigns.update(no, campaign.getVersion(), this::copyForm), "common.saved");
    if (saved != null) {
      load();
    }
    return null;
  }

  /** Deletes the campaign (when nothing refers to it) and shows the list. */
  public String delete() {
    String deleted = no;
    if (!Feedback.run(() -> campaigns.delete(deleted), "campaign.deleted", deleted)) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/campaign/list?faces-redirect=true";
  }

  private void copyForm(Campaign target) {
    target.setDescription(campaign.getDescription());
    target.setStatusCode(campaign.getStatusCode());
    target.setSalespersonCode(campaign.getSalespersonCode());
    target.setNotes(campaign.getNotes());
    target.setPeriod(startingDate, endingDate);
  }

  public boolean isNew() { return no == null || no.isBlank(); }
  public String getNo() { return no; }
  public void setNo(String no) { this.no = no; }
  public Campaign getCampaign() { return campaign; }
  public LocalDate getStartingDate() { return startingDate; }
  public void setStartingDate(LocalDate date) { this.startingDate = date; }
  public LocalDate getEndingDate() { return endingDate; }
  public void setEndingDate(LocalDate date) { this.endingDate = date; }
}
