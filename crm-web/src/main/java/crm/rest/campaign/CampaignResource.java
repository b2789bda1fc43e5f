package crm.rest.campaign;

import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.service.campaign.CampaignActivation;
import crm.service.campaign.CampaignEntryService;
import crm.service.campaign.CampaignService;
import crm.service.email.EngagementService;
import crm.service.shared.ListRequest.Operator;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Campaigns, their entries and statistics. */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

  @Inject private CampaignService campaigns;
  @Inject private CampaignEntryService entries;
  @Inject private CampaignActivation activation;
  @Inject private EngagementService engagement;

  @GET
  public Page<CampaignDto> list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("description") String description, @QueryParam("statusCode") String statusCode,
      @QueryParam("salespersonCode") String salespersonCode) {
    var request = Params.list(page, size, sort)
        .where("description", Operator.CONTAINS, description)
        .whereEqual("statusCode", statusCode)
        .whereEqual("salespersonCode", salespersonCode);
    return campaigns.list(request).map(CampaignDto::from);
  }

  @GET
  @Path("{no}")
  public CampaignDto get(@PathParam("no") String no) {
    return CampaignDto.from(campaigns.get(no));
  }

  @POST
  public Response create(CampaignDto body, @Context UriInfo uri) {
    var dto = Bodies.require(body);
    var created = CampaignDto.from(campaigns.create(dto.no(), dto::applyTo));
    return Response.created(uri.getAbsolutePathBuilder().path(created.no()).build()).entity(created).build();
  }

  @PUT
  @Path("{no}")
  public CampaignDto update(@PathParam("no") String no, CampaignDto body) {
    var dto = Bodies.require(body);
    return CampaignDto.from(campaigns.update(no, dto.version(), dto::applyTo));
  }

  @DELETE
  @Path("{no}")
  public Response delete(@PathParam("no") String no) {
    campaigns.delete(no);
    return Response.noContent().build();
  }

  @GET
  @Path("{no}/entries")
  public Page<CampaignEntryDto> entries(@PathParam("no") String no,
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("canceled") String canceled) {
    var request = Params.list(page, size, sort).whereEqual("canceled", Params.bool("canceled", canceled));
    return entries.entries(no, request).map(CampaignEntryDto::from);
  }

  @GET
  @Path("{no}/statistics")
  public CampaignStatisticsDto statistics(@PathParam("no") String no) {
    return CampaignStatisticsDto.from(campaigns.statistics(no), engagement.ofCampaign(no));
  }

  @POST
  @Path("{no}/delete-canceled-entries")
  public JsonObject deleteCanceledEntries(@PathParam("no") String no) {
    return Json.createObjectBuilder().add("deleted", entries.deleteCanceledEntries(no)).build();
  }

  /** Takes the campaign's target group (F-13): {@code {targets}}; 422 when nothing is marked campaign target. */
  @POST
  @Path("{no}/activate")
  public JsonObject activate(@PathParam("no") String no) {
    return Json.createObjectBuilder().add("targets", activation.activate(no)).build();
  }

  @POST
  @Path("{no}/deactivate")
  public JsonObject deactivate(@PathParam("no") String no) {
    activation.deactivate(no);
    return Json.createObjectBuilder().add("targets", 0).build();
  }
}
