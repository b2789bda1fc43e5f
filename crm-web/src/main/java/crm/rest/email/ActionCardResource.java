package crm.rest.email;

import crm.rest.shared.Bodies;
import crm.rest.todo.ToDoDto;
import crm.service.email.ActionCardService;
import crm.service.email.ActionCardView;
import crm.service.todo.ToDoService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/**
 * The caller's action cards (F-56), high priority first: snooze one until a time, dismiss it, or
 * create a follow-up call from it. Acting on another user's card answers 403.
 */
@Path("action-cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionCardResource {

  /** When a snoozed card shows again. */
  public record Snooze(Instant until) {}

  /** The follow-up call: when (default: the next working day at 09:00) and what about (default: the subject). */
  public record FollowUp(Instant dueAt, String description) {}

  @Inject private ActionCardService cards;
  @Inject private ToDoService toDos;

  @GET
  public List<ActionCardView> mine() {
    return cards.mine();
  }

  @POST
  @Path("{id}/snooze")
  public Response snooze(@PathParam("id") long id, Snooze body) {
    cards.snooze(id, Bodies.require(body).until());
    return Response.noContent().build();
  }

  /** Create follow-up call: answers the new to-do; the card is dismissed. The body is optional. */
  @POST
  @Path("{id}/create-to-do")
  public Response createToDo(@PathParam("id") long id, FollowUp body, @Context UriInfo uri) {
    FollowUp followUp = body == null ? new FollowUp(null, null) : body;
    ToDoDto created = ToDoDto.from(toDos.followUp(id, followUp.dueAt(), followUp.description()));
    return Response.created(uri.getBaseUriBuilder().path("to-dos").path(created.no()).build()).entity(created).build();
  }

  @POST
  @Path("{id}/dismiss")
  public Response dismiss(@PathParam("id") long id) {
    cards.dismiss(id);
    return Response.noContent().build();
  }
}
