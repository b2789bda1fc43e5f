package crm.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;

/**
 * Shows the fields of a card's section read-only to a user whose roles may not change them. The
 * services refuse such a change anyway; fields that look editable but can never be saved only
 * mislead. A section opts in with
 * {@code <f:attribute name="editable" value="#{currentUser.mayEditX}"/>} and
 * {@code <f:event type="preRenderComponent" listener="#{readOnlyFields.apply}"/>}.
 */
@Named
@ApplicationScoped
public class ReadOnlyFields {

  public void apply(ComponentSystemEvent event) {
    UIComponent section = event.getComponent();
    if (!Boolean.FALSE.equals(section.getAttributes().get("editable"))) {
      return;
    }
    section.visitTree(VisitContext.createVisitContext(FacesContext.getCurrentInstance()), (context, field) -> {
      if (field instanceof UIInput) {
        field.getAttributes().put("disabled", true);
      }
      return VisitResult.ACCEPT;
    });
  }
}
