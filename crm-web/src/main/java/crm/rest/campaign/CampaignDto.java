package crm.rest.campaign;

import crm.rest.shared.Blanks;
import crm.domain.campaign.Campaign;
import java.time.LocalDate;

/** A campaign as the API shows and takes it. */
public record CampaignDto(
    String no, String description, String statusCode, LocalDate startingDate, LocalDate endingDate,
    String salespersonCode, String notes, Integer version, Boolean activated) {

  static CampaignDto from(Campaign c) {
    return new CampaignDto(c.getNo(), c.getDescription(), c.getStatusCode(), c.getStartingDate(),
        c.getEndingDate(), c.getSalespersonCode(), c.getNotes(), c.getVersion(), c.isActivated());
  }

  void applyTo(Campaign c) {
    c.setDescription(description);
    c.setStatusCode(Blanks.toNull(statusCode));
    c.setPeriod(startingDate, endingDate);
    c.setSalespersonCode(Blanks.toNull(salespersonCode));
    c.setNotes(notes);
  }
}
