package crm.rest.interaction;

import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.service.interaction.InteractionEntryActions;
import crm.service.shared.Page;
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
import java.util.List;

/** The comments on an interaction log entry (F-33): GET lists them oldest first, POST adds one. */
@Path("interaction-log-entries/{entryNo}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionCommentResource {

  @Inject private InteractionEntryActions actions;

  @GET
  public Page<InteractionCommentDto> list(@PathParam("entryNo") String entryNo) {
    List<InteractionCommentDto> comments = actions.comments(Params.requiredNumber("entryNo", entryNo)).stream()
        .map(InteractionCommentDto::from).toList();
    return new Page<>(comments, comments.size());
  }

  @POST
  public Response add(@PathParam("entryNo") String entryNo, InteractionCommentDto body) {
    var added = actions.comment(Params.requiredNumber("entryNo", entryNo), Bodies.require(body).comment());
    return Response.status(Response.Status.CREATED).entity(InteractionCommentDto.from(added)).build();
  }
}
