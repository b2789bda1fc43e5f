package crm.service.email;

import crm.domain.interaction.InteractionLogEntry;
import crm.domain.interaction.SingleInteraction;
import crm.domain.security.Roles;
import crm.service.email.InteractionSendingService.Text;
import crm.service.interaction.InteractionRecordingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The letter or email text a postponed interaction keeps (F-32): what the user read and edited in
 * the wizard before Cancel, given back with every other value when the interaction is resumed, and
 * sent by Finish. Kept where a sent interaction keeps its edited text (the entry's letter columns).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class PostponedText {

  @PersistenceContext private EntityManager em;
  @Inject private InteractionRecordingService recording;

  /**
   * Keeps the interaction as postponed (a new one, or {@code resumeOf} postponed again) with the
   * text to send when it is finished; {@code text} null: the template's.
   */
  public InteractionLogEntry postpone(String contactNo, Long resumeOf, SingleInteraction values, Text text) {
    InteractionLogEntry entry = resumeOf == null
        ? recording.record(contactNo, values, true) : recording.resume(resumeOf, values, true);
    if (text != null && (text.subject() != null || text.body() != null)) {
      EntryLetterText.keep(em, entry.getEntryNo(), text);
    }
    return entry;
  }

  /** The text the postponed interaction kept, or null: the template's. */
  public Text of(long postponedEntryNo) {
    recording.getPostponed(postponedEntryNo);
    List<?> rows = em.createNativeQuery("select letter_subject, letter_body from interaction_log_entry where entry_no = ?1"
        + " and (letter_subject is not null or letter_body is not null)").setParameter(1, postponedEntryNo).getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = (Object[]) rows.get(0);
    return new Text((String) row[0], (String) row[1]);
  }
}
