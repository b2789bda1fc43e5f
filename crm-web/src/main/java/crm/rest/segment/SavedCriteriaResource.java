package crm.rest.segment;

import crm.service.segment.SavedCriteriaService;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The saved segment criteria. */
@Path("saved-criteria")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SavedCriteriaResource {

  @Inject private SavedCriteriaService savedCriteria;

  @GET
  public Page<SavedCriteriaDto> list() {
    List<SavedCriteriaDto> items = savedCriteria.listSavedCriteria().stream()
        .map(c -> new SavedCriteriaDto(c.getCode(), c.getDescription())).toList();
    return new Page<>(items, items.size());
  }
}
