package crm.rest.activity;

import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.service.activity.ActivityAssignment;
import crm.service.activity.ActivityService;
import crm.service.shared.ListRequest.Operator;
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

/** Activities (F-14) and Assign activity, which answers 201 with the number of to-dos made. */
@Path("activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {

  @Inject private ActivityService activities;
  @Inject private ActivityAssignment assignment;

  @GET
  public Page<ActivityDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
      @QueryParam("sort") String sort, @QueryParam("description") String description) {
    var request = Params.list(page, size, sort).where("description", Operator.CONTAINS, description);
    return activities.list(request).map(ActivityDto::from);
  }

  @GET
  @Path("{code}")
  public ActivityDto get(@PathParam("code") String code) {
    return ActivityDto.from(activities.get(code));
  }

  @POST
  public Response create(ActivityDto body, @Context UriInfo uri) {
    var dto = Bodies.require(body);
    var created = ActivityDto.from(activities.create(dto.code(), dto::applyTo));
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
  }

  @PUT
  @Path("{code}")
  public ActivityDto update(@PathParam("code") String code, ActivityDto body) {
    var dto = Bodies.require(body);
    return ActivityDto.from(activities.update(code, dto.version(), dto::applyTo));
  }

  @DELETE
  @Path("{code}")
  public Response delete(@PathParam("code") String code) {
    activities.delete(code);
    return Response.noContent().build();
  }

  @POST
  @Path("{code}/assign")
  public Response assign(@PathParam("code") String code, AssignmentDto body) {
    var dto = Bodies.require(body);
    return Response.status(Response.Status.CREATED).entity(dto.made(assignment.assign(code, dto.toRequest()))).build();
  }
}
