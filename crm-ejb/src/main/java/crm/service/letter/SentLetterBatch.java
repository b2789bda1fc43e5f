package crm.service.letter;

import crm.domain.letter.Letter;
import crm.domain.letter.PaperSize;
import crm.service.letter.SentLetters.SentLetter;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

/**
 * The sent letters of a logged segment in entry order, read a chunk at a time (by entry no., not
 * by offset) so that printing a batch of any size holds only one chunk; tells {@code printed}
 * how many letters were handed out before it reads each further chunk.
 */
final class SentLetterBatch implements Iterator<Letter> {

  static final int CHUNK = 500;

  private final EntityManager em;
  private final String loggedSegmentNo;
  private final LongConsumer printed;
  private final Deque<SentLetter> chunk = new ArrayDeque<>();
  private PaperSize paper;
  private long lastEntryNo;
  private long handedOut;
  private boolean exhausted;

  SentLetterBatch(EntityManager em, String loggedSegmentNo, LongConsumer printed) {
    this.em = em;
    this.loggedSegmentNo = loggedSegmentNo;
    this.printed = printed;
    readChunk();
  }

  /** The first letter as it was sent (its letterhead and paper serve the whole batch), or null when there is none. */
  SentLetter first() {
    return chunk.peekFirst();
  }

  PaperSize paper() {
    return paper;
  }

  long handedOut() {
    return handedOut;
  }

  @Override
  public boolean hasNext() {
    if (chunk.isEmpty() && !exhausted) {
      printed.accept(handedOut);
      readChunk();
    }
    return !chunk.isEmpty();
  }

  @Override
  public Letter next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    handedOut++;
    return chunk.removeFirst().letter();
  }

  private void readChunk() {
    // The limit in the statement, not only as the driver's maximum: the planner then walks the
    // (logged segment, entry) index from the last letter read instead of sorting all the rest.
    List<?> rows = em.createNativeQuery("select entry_no, paper_size, content from sent_letter"
            + " where logged_segment_no = ?1 and entry_no > ?2 order by entry_no limit ?3")
        .setParameter(1, loggedSegmentNo).setParameter(2, lastEntryNo).setParameter(3, CHUNK).getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      lastEntryNo = ((Number) columns[0]).longValue();
      paper = paper == null ? PaperSize.valueOf((String) columns[1]) : paper;
      chunk.addLast(SentLetters.read((String) columns[2]));
    }
    exhausted = rows.size() < CHUNK;
  }
}
