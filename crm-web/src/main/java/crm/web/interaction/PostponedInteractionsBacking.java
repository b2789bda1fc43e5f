package crm.web.interaction;

import crm.domain.interaction.InteractionLogEntry;
import crm.service.interaction.InteractionRecordingService;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** interaction/postponed.xhtml: the postponed interactions (of one contact with {@code contactNo}). */
@Named
@ViewScoped
public class PostponedInteractionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionRecordingService recording;
  private String contactNo;
  private PageModel<InteractionLogEntry> model;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> recording.listPostponed(request.whereEqual("contactNo", contactNo)),
        e -> String.valueOf(e.getEntryNo()), Map.of());
  }

  public void delete(long entryNo) {
    Feedback.run(() -> recording.deletePostponed(entryNo), "interaction.postponedDeleted", entryNo);
  }

  public PageModel<InteractionLogEntry> getModel() { return model; }
  public String getContactNo() { return contactNo; }
  public void setContactNo(String contactNo) { this.contactNo = contactNo; }
}
