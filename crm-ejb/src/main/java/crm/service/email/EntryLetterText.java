package crm.service.email;

import crm.service.email.InteractionSendingService.Text;
import jakarta.persistence.EntityManager;

/**
 * The letter or email text an interaction log entry keeps in its letter columns, as a segment
 * line keeps its own: a blank subject or body is none (the template's).
 */
final class EntryLetterText {

  private EntryLetterText() {}

  static void keep(EntityManager em, long entryNo, Text text) {
    em.flush();
    em.createNativeQuery("update interaction_log_entry set letter_subject = ?1, letter_body = ?2 where entry_no = ?3")
        .setParameter(1, blankToNull(text.subject())).setParameter(2, blankToNull(text.body()))
        .setParameter(3, entryNo).executeUpdate();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
