package crm.service.letter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The contacts of a segment's lines in line order as recipients of one text (labels, cover
 * sheets: F-29), read a chunk at a time by line no. (not by offset) so that a segment of any size
 * holds one chunk.
 */
final class SegmentRecipients implements Iterator<Recipient> {

  static final int CHUNK = 500;

  private final Connection connection;
  private final String segmentNo;
  private final String subject;
  private final String body;
  private final Deque<Recipient> chunk = new ArrayDeque<>();
  private long lastLineNo = Long.MIN_VALUE;
  private boolean exhausted;

  /** The recipients as a lazy stream, read a chunk at a time as it is consumed. */
  static Stream<Recipient> stream(Connection connection, String segmentNo, String subject, String body) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
        new SegmentRecipients(connection, segmentNo, subject, body), Spliterator.ORDERED), false);
  }

  private SegmentRecipients(Connection connection, String segmentNo, String subject, String body) {
    this.connection = connection;
    this.segmentNo = segmentNo;
    this.subject = subject;
    this.body = body;
  }

  @Override
  public boolean hasNext() {
    if (chunk.isEmpty() && !exhausted) {
      try {
        List<Recipient> read = RecipientQuery.forSegmentLines(connection, segmentNo, lastLineNo, CHUNK, subject, body);
        chunk.addAll(read);
        exhausted = read.size() < CHUNK;
        if (!read.isEmpty()) {
          lastLineNo = read.get(read.size() - 1).entryNo();
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return !chunk.isEmpty();
  }

  @Override
  public Recipient next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return chunk.removeFirst();
  }
}
