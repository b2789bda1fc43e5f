package crm.it;

import crm.service.mail.SendingInstance;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * This instance's name in test deployments: its own, unless a test makes the deployment act
 * as another instance for a while, e.g. one that dies in the middle of a delivery while the
 * deployment itself (its heartbeat timer) lives on.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestInstance extends SendingInstance {

  private volatile String actingAs;

  @Override
  public String id() {
    return actingAs != null ? actingAs : super.id();
  }

  public void actAs(String instanceId) {
    actingAs = instanceId;
  }

  /** Back to this instance's own name. */
  public void reset() {
    actingAs = null;
  }
}
