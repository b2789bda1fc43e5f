package crm.rest.email;

import crm.service.email.EngagementService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The tracking events of an email, oldest first: {@code GET /emails/{id}/events}. */
@Path("emails/{id}/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmailEventResource {

  @Inject private EngagementService engagement;

  @GET
  public List<EmailEventDto> list(@PathParam("id") long id) {
    return engagement.events(id).stream().map(EmailEventDto::from).toList();
  }
}
