package crm.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Shows the fields of a card's section read-only to a user whose roles may not change them. The
 * services refuse such a change anyway; fields that look editable but can never be saved only
 * mislead. A section opts in with
 * {@code <f:attribute name="editable" value="#{currentUser.mayEditX}"/>} and
 * {@code <f:event type="preRenderComponent" listener="#{readOnlyFields.apply}"/>}: its fields are
 * disabled and, through the style class {@value #READ_ONLY}, drawn as plain text (no frame, no
 * dropdown or calendar button). A card's "new" address that the role may not use answers the
 * forbidden page: an empty card that cannot be saved has nothing to show.
 */
@Named
@ApplicationScoped
public class ReadOnlyFields {

  static final String READ_ONLY = "crm-read-only";

  public void apply(ComponentSystemEvent event) {
    UIComponent section = event.getComponent();
    if (!Boolean.FALSE.equals(section.getAttributes().get("editable"))) {
      return;
    }
    String styleClass = (String) section.getAttributes().get("styleClass");
    if (styleClass == null || !styleClass.contains(READ_ONLY)) {
      section.getAttributes().put("styleClass", styleClass == null ? READ_ONLY : styleClass + " " + READ_ONLY);
    }
    section.visitTree(VisitContext.createVisitContext(FacesContext.getCurrentInstance()), (context, field) -> {
      if (field instanceof UIInput) {
        field.getAttributes().put("disabled", true);
      }
      return VisitResult.ACCEPT;
    });
  }

  /**
   * A view action: answers 403 (the forbidden page) unless {@code allowed}, e.g.
   * {@code #{readOnlyFields.refuseUnless(not card.new or currentUser.mayEditX)}} before the card loads.
   */
  public void refuseUnless(boolean allowed) throws IOException {
    if (!allowed) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }
}
