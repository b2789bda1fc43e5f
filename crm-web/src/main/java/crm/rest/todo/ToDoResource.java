package crm.rest.todo;

import crm.domain.todo.ToDoStatus;
import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.service.shared.Page;
import crm.service.todo.ToDoService;
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
import java.time.Clock;

/**
 * To-dos (F-15): the caller's, or everyone's for a marketing manager or an administrator; by due
 * time unless sorted otherwise. Another user's to-do answers 403.
 */
@Path("to-dos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ToDoResource {

  @Inject private ToDoService toDos;
  @Inject private Clock clock;

  /** Filters: salespersonCode, contactNo, campaignNo, status, and dueFrom/dueTo days (server's zone). */
  @GET
  public Page<ToDoDto> list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("salespersonCode") String salespersonCode, @QueryParam("contactNo") String contactNo,
      @QueryParam("campaignNo") String campaignNo, @QueryParam("status") String status,
      @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo) {
    var request = Params.list(page, size, sort == null || sort.isBlank() ? "dueAt" : sort)
        .whereEqual("salespersonCode", salespersonCode)
        .whereEqual("contactNo", contactNo)
        .whereEqual("campaignNo", campaignNo)
        .whereEqual("status", Params.enumValue(ToDoStatus.class, "status", status))
        .withinDays("dueAt", Params.date("dueFrom", dueFrom), Params.date("dueTo", dueTo), clock.getZone());
    return toDos.list(request).map(ToDoDto::from);
  }

  @GET
  @Path("{no}")
  public ToDoDto get(@PathParam("no") String no) {
    return ToDoDto.from(toDos.get(no));
  }

  @POST
  public Response create(ToDoDto body, @Context UriInfo uri) {
    var dto = Bodies.require(body);
    var created = ToDoDto.from(toDos.create(dto::applyTo));
    return Response.created(uri.getAbsolutePathBuilder().path(created.no()).build()).entity(created).build();
  }

  @PUT
  @Path("{no}")
  public ToDoDto update(@PathParam("no") String no, ToDoDto body) {
    var dto = Bodies.require(body);
    return ToDoDto.from(toDos.update(no, dto.version(), dto.status(), dto::applyTo));
  }

  @DELETE
  @Path("{no}")
  public Response delete(@PathParam("no") String no) {
    toDos.delete(no);
    return Response.noContent().build();
  }
}
