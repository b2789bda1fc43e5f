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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads the sender mailbox for replies (F-55): the messages that arrived since the last run
 * (UIDs above the last one read), whose In-Reply-To or References name a Message-ID the
 * application sent, are recorded as replies ({@link ReplyRows#record}); other messages are left
 * alone. The folder is opened read-only, so the user still finds the reply unread. The job's row
 * is locked with SKIP LOCKED: one instance reads at a time, and a message's UID and Message-ID
 * are kept, so nothing is counted twice, even after a restart. A mailbox that cannot be reached
 * records the failure and the next run tries again from the same place.
 *
 * <p>No role: the reply timer calls it without a caller, and no page or REST resource reaches it.
 */
@Stateless
@PermitAll
public class ReplyPoll {

  private static final Logger LOG = Logger.getLogger(ReplyPoll.class.getName());
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
      ReplyRows rows = new ReplyRows(new Sql(connection));
      Optional<ReplyRows.Position> position = rows.lock();
      if (position.isEmpty()) {
        return 0;
      }
      Instant now = clock.instant();
      try (Store store = settings.connect()) {
        int replies = read(store, rows, position.get(), now);
        rows.ran(now, null);
        return replies;
      } catch (MessagingException e) {
        LOG.log(Level.WARNING, "The reply job cannot read the mailbox: {0}", e.toString());
        rows.ran(now, e.toString());
        return 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }

  private int read(Store store, ReplyRows rows, ReplyRows.Position position, Instant now) throws MessagingException {
    Folder folder = store.getFolder(settings.folder());
    folder.open(Folder.READ_ONLY);
    try {
      UIDFolder uids = (UIDFolder) folder;
      long validity = uids.getUIDValidity();
      long from = Long.valueOf(validity).equals(position.uidValidity()) ? position.lastUid() + 1 : 1;
      Message[] messages = uids.getMessagesByUID(from, UIDFolder.LASTUID);
      FetchProfile profile = new FetchProfile();
      profile.add(UIDFolder.FetchProfileItem.UID);
      profile.add(FetchProfile.Item.ENVELOPE);
      profile.add("References");
      folder.fetch(messages, profile);
      int replies = 0;
      long last = from - 1;
      for (Message message : messages) {
        long uid = uids.getUID(message);
        if (uid < from) {
          continue; // IMAP answers the last message for a range beyond it
        }
        if (recorded(rows, message, settings.folder() + "/" + validity + "/" + uid, now)) {
          replies++;
        }
        last = Math.max(last, uid);
      }
      rows.advance(validity, last);
      return replies;
    } finally {
      folder.close(false);
    }
  }

  private boolean recorded(ReplyRows rows, Message message, String mailboxKey, Instant now)
      throws MessagingException {
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
    Optional<Long> emailId = rows.emailAnswered(answered.stream().distinct().toList());
    if (emailId.isEmpty() || rows.known(mailboxKey, messageId)) {
      return false;
    }
    rows.record(mailboxKey, messageId, emailId.get(), cut(message.getSubject(), 500), now);
    return true;
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
