package crm.web.email;

import crm.service.email.ActionCardService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The count of the user's action cards in the top bar (F-56), read once per request. */
@Named
@RequestScoped
public class ActionCardCount {

  @Inject private ActionCardService cards;
  @Inject private SecurityContext security;
  private Long count;

  /** 0 without a logged-in user (error pages). */
  public long getCount() {
    if (count == null) {
      count = security.getCallerPrincipal() == null ? 0 : cards.count();
    }
    return count;
  }
}
