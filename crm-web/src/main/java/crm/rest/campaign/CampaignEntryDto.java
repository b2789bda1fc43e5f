package crm.rest.campaign;

import crm.domain.campaign.CampaignEntry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A campaign entry as the API shows it. */
public record CampaignEntryDto(
    long entryNo, String campaignNo, LocalDate date, String description, String segmentNo,
    String loggedSegmentNo, String interactionTemplateCode, String salespersonCode,
    int noOfInteractions, BigDecimal cost, BigDecimal duration, boolean canceled) {

  static CampaignEntryDto from(CampaignEntry e) {
    return new CampaignEntryDto(e.getEntryNo(), e.getCampaignNo(), e.getDate(), e.getDescription(),
        e.getSegmentNo(), e.getLoggedSegmentNo(), e.getInteractionTemplateCode(),
        e.getSalespersonCode(), e.getNoOfInteractions(), e.getCost(), e.getDuration(), e.isCanceled());
  }
}
