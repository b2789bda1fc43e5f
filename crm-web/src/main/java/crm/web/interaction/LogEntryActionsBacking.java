package crm.web.interaction;

import crm.domain.interaction.InteractionComment;
import crm.service.interaction.InteractionEntryActions;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The actions on one entry of interaction/log.xhtml (F-33): cancel, restore, delete once
 * canceled, and its comments (listed in a dialog, where a new one is added).
 */
@Named
@ViewScoped
public class LogEntryActionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionEntryActions actions;
  private Long entryNo;
  private List<InteractionComment> comments = List.of();
  private String newComment;

  public void cancel(long no) {
    Feedback.run(() -> actions.cancel(no), "log.entryCanceled", String.valueOf(no));
  }

  public void restore(long no) {
    Feedback.run(() -> actions.restore(no), "log.entryRestored", String.valueOf(no));
  }

  public void delete(long no) {
    Feedback.run(() -> actions.deleteCanceled(no), "log.entryDeleted", String.valueOf(no));
  }

  /** Opens the comments dialog of an entry. */
  public void showComments(long no) {
    entryNo = no;
    newComment = null;
    List<InteractionComment> read = Feedback.call(() -> actions.comments(no), null);
    comments = read == null ? List.of() : read;
    if (read != null) {
      PrimeFaces.current().ajax().addCallbackParam("shown", true);
    }
  }

  public void addComment() {
    if (Feedback.call(() -> actions.comment(entryNo, newComment), "log.commentAdded") != null) {
      newComment = null;
      comments = actions.comments(entryNo);
    }
  }

  public Long getEntryNo() { return entryNo; }
  public List<InteractionComment> getComments() { return comments; }
  public String getNewComment() { return newComment; }
  public void setNewComment(String newComment) { this.newComment = newComment; }
}
