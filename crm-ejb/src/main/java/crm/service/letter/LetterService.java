package crm.service.letter;

import crm.domain.security.Roles;
import crm.domain.letter.Letter;
import crm.domain.letter.PaperSize;
import crm.domain.shared.UnknownRecordException;
import crm.service.letter.SentLetters.SentLetter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
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

  private static byte[] render(List<?> rows) {
    Object[] first = (Object[]) rows.get(0);
    SentLetter firstLetter = SentLetters.read((String) first[1]);
    List<Letter> letters = rows.stream().map(row -> SentLetters.read((String) ((Object[]) row)[1]).letter()).toList();
    return RENDERER.render(firstLetter.letterhead(), PaperSize.valueOf((String) first[0]), letters);
  }
}
