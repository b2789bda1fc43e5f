package crm.web.campaign;

import crm.domain.campaign.CampaignEntry;
import crm.service.campaign.CampaignEntryService;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** campaign/card.xhtml's Entries (F-11): listed lazily, canceled (the figures follow), deleted once canceled. */
@Named
@ViewScoped
public class CampaignEntriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CampaignEntryService campaignEntries;
  @Inject private CampaignFiguresBacking figures;
  private String campaignNo;
  private PageModel<CampaignEntry> entries;

  /** Lists the entries of the campaign. */
  public void show(String no) {
    campaignNo = no;
    entries = new PageModel<>(request -> campaignEntries.entries(no, request),
        entry -> String.valueOf(entry.getEntryNo()), Map.of());
  }

  public void cancelEntry(long entryNo) {
    Feedback.run(() -> campaignEntries.cancelEntry(entryNo), "campaign.entry.canceledMsg", entryNo);
    figures.show(campaignNo);
  }

  public void deleteEntry(long entryNo) {
    Feedback.run(() -> campaignEntries.deleteEntry(entryNo), "common.deleted");
  }

  public void deleteCanceledEntries() {
    Integer deleted = Feedback.call(() -> campaignEntries.deleteCanceledEntries(campaignNo), null);
    if (deleted != null) {
      Feedback.info("campaign.deletedCanceled", deleted);
    }
  }

  public PageModel<CampaignEntry> getEntries() { return entries; }
}
