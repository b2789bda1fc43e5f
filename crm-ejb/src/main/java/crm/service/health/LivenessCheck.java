package crm.service.health;

import crm.service.mail.SendingInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The application answers: up, with the name this instance has in the claims and the run history. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  @Inject private SendingInstance instance;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("crm-live").up().withData("instance", instance.id()).build();
  }
}
