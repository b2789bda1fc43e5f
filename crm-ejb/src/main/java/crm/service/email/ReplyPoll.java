package crm.service.email;

import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads the sender mailbox for replies (F-55): the messages that arrived since the last run
 * (UIDs above the last one read) are fetched first, then those whose In-Reply-To or References
 * name a Message-ID the application sent are recorded as replies, all of them at once
 * ({@link ReplyMatching}, {@link ReplyRows}); other messages are left alone. The folder is opened
 * read-only, so the user still finds the reply unread. The job's row is locked with SKIP LOCKED:
 * one instance reads at a time, and a message's UID and Message-ID are kept, so nothing is
 * counted twice, even after a restart. A mailbox that cannot be reached, or refuses the login,
 * fails the run ({@link MailboxUnreadable}): its transaction records nothing, the run history
 * shows the failure and the next run reads from the same place.
 *
 * <p>No role: the reply timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class ReplyPoll {

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

  @Resource(lookup = "java:app/jdbc/crm")
  private DataSource dataSource;
  @Inject private ReplySettings settings;
  @Inject private Clock clock;

  /** Reads the new messages of the mailbox; answers how many replies were recorded (0 when off or busy). */
  public int pollReplies() {
    if (!settings.enabled()) {
      return 0;
    }
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      ReplyRows rows = new ReplyRows(sql);
      Optional<ReplyRows.Position> position = rows.lock();
      if (position.isEmpty()) {
        return 0;
      }
      List<InboxMessage> messages = new ArrayList<>();
      try (Store store = settings.connect()) {
        rows.advance(read(store, position.get(), messages));
      } catch (MessagingException e) {
        throw new MailboxUnreadable(e);
      }
      List<ReplyMatching.Reply> replies = new ReplyMatching(sql).newReplies(messages);
      Instant now = clock.instant();
      rows.record(replies, now, LocalDateTime.ofInstant(now, clock.getZone()));
      return replies.size();
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }

  /** Adds the folder's new messages; answers the place reached. */
  private ReplyRows.Position read(Store store, ReplyRows.Position position, List<InboxMessage> messages)
      throws MessagingException {
    Folder folder = store.getFolder(settings.folder());
    folder.open(Folder.READ_ONLY);
    try {
      UIDFolder uids = (UIDFolder) folder;
      long validity = uids.getUIDValidity();
      long from = Long.valueOf(validity).equals(position.uidValidity()) ? position.lastUid() + 1 : 1;
      Message[] fetched = uids.getMessagesByUID(from, UIDFolder.LASTUID);
      FetchProfile profile = new FetchProfile();
      profile.add(UIDFolder.FetchProfileItem.UID);
      profile.add(FetchProfile.Item.ENVELOPE);
      profile.add("References");
      folder.fetch(fetched, profile);
      long last = from - 1;
      for (Message message : fetched) {
        long uid = uids.getUID(message);
        if (uid >= from) { // IMAP answers the last message for a range beyond it
          messages.add(message(message, settings.folder() + "/" + validity + "/" + uid));
          last = Math.max(last, uid);
        }
      }
      return new ReplyRows.Position(validity, last);
    } finally {
      folder.close(false);
    }
  }

  private static InboxMessage message(Message message, String mailboxKey) throws MessagingException {
    List<String> answered = new ArrayList<>();
    for (String header : List.of("In-Reply-To", "References")) {
      String[] values = message.getHeader(header);
      for (String value : values == null ? new String[0] : values) {
        Matcher ids = MESSAGE_ID.matcher(value);
        while (ids.find()) {
          answered.add(ids.group());
        }
      }
    }
    String[] own = message.getHeader("Message-ID");
    String messageId = own == null || own.length == 0 ? mailboxKey : cut(own[0].strip(), 300);
    return new InboxMessage(mailboxKey, messageId, answered.stream().distinct().toList(), cut(message.getSubject(), 200));
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
