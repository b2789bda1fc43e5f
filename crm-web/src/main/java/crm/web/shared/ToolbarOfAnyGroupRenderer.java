package crm.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.toolbar.Toolbar;
import org.primefaces.component.toolbar.ToolbarGroup;
import org.primefaces.component.toolbar.ToolbarRenderer;

/**
 * PrimeFaces 15 draws a toolbar only if its first shown group has something to show: where that
 * group is empty for the user (a logged segment's card has no Save and no Add Contacts), the whole
 * toolbar went, with the other group's Export, Assign activity and list buttons. This renderer
 * (faces-config.xml) draws it when any group, or a facet, has something to show.
 */
public class ToolbarOfAnyGroupRenderer extends ToolbarRenderer {

  @Override
  protected boolean shouldBeRendered(FacesContext context, Toolbar toolbar) {
    for (UIComponent child : toolbar.getChildren()) {
      if (child.isRendered() && child instanceof ToolbarGroup group
          && group.getChildren().stream().anyMatch(item -> shouldBeRendered(context, item))) {
        return true;
      }
    }
    return toolbar.getChildCount() == 0 && super.shouldBeRendered(context, toolbar);
  }
}
