package crm.service.letter;

import crm.domain.security.Roles;
import crm.domain.letter.Letter;
import crm.domain.letter.PaperSize;
import crm.domain.setup.MarketingSetup;
import crm.domain.shared.UnknownRecordException;
import crm.service.letter.SentLetters.SentLetter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Prints letters as they were sent (F-35, F-41): all the letters of a logged segment in one PDF,
 * each starting on a new page, or the letter of one interaction log entry.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class LetterService {

  private static final LetterRenderer RENDERER = new LetterRenderer();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The printable batch of a logged segment, in entry order. */
  public byte[] lettersOfLoggedSegment(String loggedSegmentNo) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeLettersOfLoggedSegment(loggedSegmentNo, out, printed -> { });
    return out.toByteArray();
  }

  /**
   * Writes the batch of a logged segment to {@code out} letter by letter, reading them in chunks,
   * so that its size does not matter; tells {@code printed} how many letters are done as it goes.
   * Answers how many letters it wrote.
   */
  public long writeLettersOfLoggedSegment(String loggedSegmentNo, OutputStream out, LongConsumer printed) {
    SentLetterBatch batch = new SentLetterBatch(em, loggedSegmentNo, printed);
    if (batch.first() == null) {
      throw new UnknownRecordException("loggedSegment.noLetters", loggedSegmentNo);
    }
    RENDERER.render(batch.first().letterhead(), batch.paper(), batch, out);
    printed.accept(batch.handedOut());
    return batch.handedOut();
  }

  /** How many letters of a logged segment there are to print. */
  public long countLettersOfLoggedSegment(String loggedSegmentNo) {
    return ((Number) em.createNativeQuery("select count(*) from sent_letter where logged_segment_no = ?1")
        .setParameter(1, loggedSegmentNo).getSingleResult()).longValue();
  }

  /** The letter of one interaction, exactly as it was sent. */
  public byte[] letterOfEntry(long entryNo) {
    List<?> rows = em.createNativeQuery("select paper_size, content from sent_letter where entry_no = ?1")
        .setParameter(1, entryNo).getResultList();
    if (rows.isEmpty()) {
      throw new UnknownRecordException("interactionLogEntry.noLetter", entryNo);
    }
    return render(rows);
  }

  /**
   * Keeps the letter of one interaction as sent, as logging a segment keeps each of its letters:
   * merged for the entry's recipient on the setup's letterhead, the entry HARD_COPY and PRINTED
   * (Create interaction, F-32).
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
  public void keepLetterOfEntry(Recipient recipient) {
    MarketingSetup setup = em.find(MarketingSetup.class, MarketingSetup.ID);
    String content = SentLetters.write(setup.letterhead(),
        recipient.letter(setup.letterhead().place(), LocalDate.now(clock)));
    em.createNativeQuery("insert into sent_letter (entry_no, paper_size, language_code, content)"
            + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, recipient.entryNo()).setParameter(2, setup.getPaperSize().name())
        .setParameter(3, recipient.templateLanguageCode()).setParameter(4, content).executeUpdate();
    em.createNativeQuery("update interaction_log_entry set correspondence_type = 'HARD_COPY',"
        + " delivery_status = 'PRINTED' where entry_no = ?1").setParameter(1, recipient.entryNo()).executeUpdate();
  }

  private static byte[] render(List<?> rows) {
    Object[] first = (Object[]) rows.get(0);
    SentLetter firstLetter = SentLetters.read((String) first[1]);
    List<Letter> letters = rows.stream().map(row -> SentLetters.read((String) ((Object[]) row)[1]).letter()).toList();
    return RENDERER.render(firstLetter.letterhead(), PaperSize.valueOf((String) first[0]), letters);
  }
}
