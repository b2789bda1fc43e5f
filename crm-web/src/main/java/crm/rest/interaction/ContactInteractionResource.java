package crm.rest.interaction;

import crm.rest.shared.Bodies;
import crm.service.email.InteractionSendingService;
import crm.service.email.PostponedText;
import crm.service.interaction.InteractionRecordingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Create interaction for one contact (F-32): answers 201 with the interaction log entry; with
 * {@code sendAttachment: true}, with the entry and its email's id or its letter's address (a
 * postponed one keeps the text given, to send when it is resumed).
 */
@Path("contacts/{no}/interactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactInteractionResource {

  @Inject private InteractionRecordingService recording;
  @Inject private InteractionSendingService sending;
  @Inject private PostponedText postponedText;

  @POST
  public Response create(@PathParam("no") String contactNo, SingleInteractionDto body) {
    var dto = Bodies.require(body);
    if (dto.isSendAttachment() && !dto.isPostponed()) {
      var sent = sending.record(contactNo, dto.values(), dto.text());
      return Response.status(Response.Status.CREATED).entity(SentInteractionDto.from(sent)).build();
    }
    var entry = dto.isPostponed()
        ? postponedText.postpone(contactNo, null, dto.values(), dto.isSendAttachment() ? dto.text() : null)
        : recording.record(contactNo, dto.values(), false);
    return Response.status(Response.Status.CREATED).entity(InteractionLogEntryDto.from(entry, null)).build();
  }
}
