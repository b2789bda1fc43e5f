package crm.rest.campaign;

import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.service.campaign.CampaignPrices;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** A campaign's prices and line discounts (F-13). */
@Path("campaigns/{no}/prices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignPriceResource {

  @Inject private CampaignPrices prices;

  @GET
  public Page<CampaignPriceDto> list(@PathParam("no") String no, @QueryParam("page") String page,
      @QueryParam("size") String size, @QueryParam("sort") String sort) {
    return prices.list(no, Params.list(page, size, sort)).map(CampaignPriceDto::from);
  }

  @POST
  public Response add(@PathParam("no") String no, CampaignPriceDto body, @Context UriInfo uri) {
    CampaignPriceDto dto = Bodies.require(body);
    CampaignPriceDto created = CampaignPriceDto.from(prices.add(no, dto::applyTo));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created).build();
  }

  @PUT
  @Path("{id}")
  public CampaignPriceDto update(@PathParam("no") String no, @PathParam("id") String id, CampaignPriceDto body) {
    CampaignPriceDto dto = Bodies.require(body);
    return CampaignPriceDto.from(prices.update(no, Params.requiredNumber("id", id), dto::applyTo));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("no") String no, @PathParam("id") String id) {
    prices.delete(no, Params.requiredNumber("id", id));
    return Response.noContent().build();
  }
}
