package crm.rest.campaign;

import crm.rest.shared.Params;
import crm.service.campaign.CampaignEntryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Cancel a campaign entry, or delete one that is canceled. */
@Path("campaign-entries/{entryNo}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignEntryResource {

  @Inject private CampaignEntryService entries;

  @POST
  @Path("cancel")
  public CampaignEntryDto cancel(@PathParam("entryNo") String entryNo) {
    return CampaignEntryDto.from(entries.cancelEntry(Params.requiredNumber("entryNo", entryNo)));
  }

  @DELETE
  public Response delete(@PathParam("entryNo") String entryNo) {
    entries.deleteEntry(Params.requiredNumber("entryNo", entryNo));
    return Response.noContent().build();
  }
}
