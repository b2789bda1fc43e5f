package crm.rest.setup;

import crm.domain.setup.MarketingSetup;
import crm.rest.shared.Bodies;
import crm.service.setup.MarketingSetupService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The marketing setup (F-05) under {@code /marketing-setup}: read and replaced whole, administrators only. */
@Path("marketing-setup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarketingSetupResource {

  @Inject private MarketingSetupService setup;

  @GET
  public MarketingSetupDto get() {
    return MarketingSetupDto.from(setup.get());
  }

  @PUT
  public MarketingSetupDto update(MarketingSetupDto body) {
    MarketingSetup changed = setup.get();
    Bodies.require(body).applyTo(changed);
    return MarketingSetupDto.from(setup.update(changed));
  }
}
