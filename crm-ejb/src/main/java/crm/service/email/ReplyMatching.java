package crm.service.email;

import crm.service.shared.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which messages of a run are new replies (F-55), for the whole run at once: two queries per
 * thousand Message-IDs, however many messages came. A message replies to the email sent with one
 * of the Message-IDs it names (the email's own, or one an attempt of the send ledger used; the
 * lowest email id when it names several); it is new when neither its place nor its Message-ID
 * was recorded, in an earlier run or earlier in this one.
 */
final class ReplyMatching {

  /** A new reply: the message and the email it answers. */
  record Reply(InboxMessage message, long emailId) {}

  private static final int CHUNK = 1000;
  private final Sql sql;

  ReplyMatching(Sql sql) {
    this.sql = sql;
  }

  List<Reply> newReplies(List<InboxMessage> messages) {
    Map<String, Long> sent = sentEmails(messages.stream().flatMap(m -> m.answered().stream()).distinct().toList());
    List<Reply> matched = new ArrayList<>();
    for (InboxMessage message : messages) {
      Optional<Long> email = message.answered().stream().map(sent::get).filter(Objects::nonNull).min(Long::compare);
      email.ifPresent(id -> matched.add(new Reply(message, id)));
    }
    Set<String> places = new HashSet<>();
    Set<String> messageIds = new HashSet<>();
    recorded(matched.stream().map(Reply::message).toList(), places, messageIds);
    return matched.stream().filter(reply -> places.add(reply.message().mailboxKey())
        & messageIds.add(reply.message().messageId())).toList();
  }

  /** The email sent under each of these Message-IDs that the application sent. */
  private Map<String, Long> sentEmails(List<String> messageIds) {
    Map<String, Long> sent = new HashMap<>();
    for (List<String> chunk : chunks(messageIds)) {
      String in = Sql.placeholders(chunk.size());
      List<Object> twice = new ArrayList<>(chunk);
      twice.addAll(chunk);
      for (Object[] row : sql.list("select e.message_id, e.id from email e where e.message_id in (" + in + ")"
          + " union all select a.message_id, o.email_id from send_attempt a join outbox_message o on o.id = a.outbox_id"
          + " where a.message_id in (" + in + ")", row -> new Object[] {row.getString(1), row.getLong(2)},
          twice.toArray())) {
        sent.merge((String) row[0], (Long) row[1], Math::min);
      }
    }
    return sent;
  }

  /** Adds the places and Message-IDs of these messages that were recorded before. */
  private void recorded(List<InboxMessage> messages, Set<String> places, Set<String> messageIds) {
    for (List<InboxMessage> chunk : chunks(messages)) {
      String in = Sql.placeholders(chunk.size());
      List<Object> keys = new ArrayList<>(chunk.stream().map(InboxMessage::mailboxKey).toList());
      keys.addAll(chunk.stream().map(InboxMessage::messageId).toList());
      for (String[] row : sql.list("select mailbox_key, message_id from mailbox_message where mailbox_key in ("
          + in + ") or message_id in (" + in + ")", row -> new String[] {row.getString(1), row.getString(2)},
          keys.toArray())) {
        places.add(row[0]);
        messageIds.add(row[1]);
      }
    }
  }

  static <T> List<List<T>> chunks(List<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += CHUNK) {
      chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
    }
    return chunks;
  }
}
