package crm.it;

import crm.domain.security.Roles;
import crm.domain.shared.AccessRefusedException;
import crm.service.email.DueReminders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;

/**
 * Test deployments only (the package crm.it is added to the WAR under test): what the in-server
 * tests do with {@link TestClock} and the reminder job's service, for a browser test that runs
 * outside the server. The administrator only.
 */
@Path("test-control")
@RequestScoped
public class TestControlResource {

  @Inject TestClock clock;
  @Inject DueReminders reminders;
  @Context SecurityContext security;

  /** Moves the application's clock on by an ISO-8601 duration, e.g. PT73H. */
  @POST
  @Path("clock/advance")
  public void advance(@QueryParam("by") String by) {
    administrator();
    clock.advance(Duration.parse(by));
  }

  @POST
  @Path("clock/reset")
  public void reset() {
    administrator();
    clock.reset();
  }

  /** Runs the reminder job's work once, as its timer would. */
  @POST
  @Path("reminders/fire")
  public void fireReminders() {
    administrator();
    reminders.fireDue();
  }

  private void administrator() {
    if (!security.isUserInRole(Roles.ADMINISTRATOR)) {
      throw new AccessRefusedException("request.forbidden");
    }
  }
}
