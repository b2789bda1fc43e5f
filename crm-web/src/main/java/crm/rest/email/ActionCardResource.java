package crm.rest.email;

import crm.rest.shared.Bodies;
import crm.service.email.ActionCardService;
import crm.service.email.ActionCardView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The caller's action cards (F-56), high priority first: snooze one until a time, or dismiss it.
 * Acting on another user's card answers 403.
 */
@Path("action-cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionCardResource {

  /** When a snoozed card shows again. */
  public record Snooze(Instant until) {}

  @Inject private ActionCardService cards;

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

  @POST
  @Path("{id}/dismiss")
  public Response dismiss(@PathParam("id") long id) {
    cards.dismiss(id);
    return Response.noContent().build();
  }
}
