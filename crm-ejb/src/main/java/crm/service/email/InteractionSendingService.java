package crm.service.email;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InteractionLogEntry;
import crm.domain.interaction.SingleInteraction;
import crm.domain.security.Roles;
import crm.domain.setup.EmailFallback;
import crm.domain.setup.MarketingSetup;
import crm.domain.shared.InvalidInputException;
import crm.service.interaction.InteractionRecordingService;
import crm.service.letter.LetterService;
import crm.service.letter.Recipient;
import crm.service.letter.RecipientQuery;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Create interaction for one contact with what it sends (F-32): the entry is recorded as without
 * sending, then the template's text in the entry's language (else the template's own language,
 * as for a logged segment), or the text edited in the wizard, becomes a letter kept as sent
 * ({@link LetterService}, as logging keeps a segment's letters) or an email composed and queued in
 * the outbox ({@link EmailSendService}, tracked as the contact allows), the same entry recording
 * its sending. It lives here because email is the feature that may call interaction, letter and
 * the outbox. Refused, writing nothing: no correspondence type, no text in the language, and what
 * the compose path refuses (no address and no letter fallback, a contact marked do-not-email).
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class InteractionSendingService {

  /** A subject and a body edited in the wizard, merge fields filled in; null parts: the template's. */
  public record Text(String subject, String body) {}

  /** The entry recorded, and its email ({@code emailId}) or its letter ({@code letter}). */
  public record Sent(InteractionLogEntry entry, Long emailId, boolean letter) {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Inject private InteractionRecordingService recording;
  @Inject private PostponedText postponedText;
  @Inject private LetterService letters;
  @Inject private EmailSendService sending;
  @Inject private Clock clock;

  /** Records the interaction and sends its letter or email; {@code text} null: the template's. */
  public Sent record(String contactNo, SingleInteraction values, Text text) {
    return send(recording.record(contactNo, values, false), text);
  }

  /** Finishes a postponed interaction and sends {@code text}, else the text it kept, else the template's. */
  public Sent resume(long postponedEntryNo, SingleInteraction values, Text text) {
    Text sent = text != null ? text : postponedText.of(postponedEntryNo);
    return send(recording.resume(postponedEntryNo, values, false), sent);
  }

  /** The text Finish would send, merged for the contact, to edit; nothing is kept. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Text text(String contactNo, SingleInteraction values) {
    try {
      Recipient recipient = recipient(recording.record(contactNo, values, false), null);
      Map<String, String> merged = recipient.mergeValues(LocalDate.now(clock));
      return new Text(recipient.mergedSubject(merged), recipient.mergedBody(merged));
    } finally {
      session.setRollbackOnly();
    }
  }

  /** The letter as Finish would print it (an email's text too, as a letter), as a PDF; nothing is kept. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public byte[] previewLetter(String contactNo, SingleInteraction values, Text text) {
    try {
      InteractionLogEntry entry = recording.record(contactNo, values, false);
      letters.keepLetterOfEntry(recipient(entry, text));
      return letters.letterOfEntry(entry.getEntryNo());
    } finally {
      session.setRollbackOnly();
    }
  }

  private Sent send(InteractionLogEntry entry, Text text) {
    if (entry.getCorrespondenceType() == null) {
      throw new InvalidInputException("interaction.noCorrespondenceType");
    }
    Recipient recipient = recipient(entry, text);
    Long emailId = null;
    if (entry.getCorrespondenceType() == CorrespondenceType.EMAIL && (hasAddress(recipient) || !fallsBackToLetter())) {
      emailId = sending.composeForEntry(draft(recipient), entry.getEntryNo()).getId();
    } else {
      letters.keepLetterOfEntry(recipient);
    }
    em.flush();
    em.refresh(entry);
    return new Sent(entry, emailId, emailId == null);
  }

  /** The entry's recipient with its text, the edited one kept on the entry as a segment line's is. */
  private Recipient recipient(InteractionLogEntry entry, Text text) {
    if (text != null) {
      EntryLetterText.keep(em, entry.getEntryNo(), text);
    }
    Recipient recipient;
    try (Connection connection = dataSource.getConnection()) {
      recipient = RecipientQuery.forEntry(connection, entry.getEntryNo()).orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    if (!recipient.hasText()) {
      throw new InvalidInputException("interaction.noText", entry.getInteractionTemplateCode(),
          entry.getLanguageCode() == null ? "-" : entry.getLanguageCode());
    }
    return recipient;
  }

  private EmailDraft draft(Recipient recipient) {
    Recipient.EmailContent email = recipient.email(LocalDate.now(clock));
    return new EmailDraft(recipient.contactNo(), List.of(new EmailDraft.Address(recipient.contactNo(), null)),
        List.of(), email.subject(), email.html(), recipient.templateCode(), recipient.templateLanguageCode(), null);
  }

  private boolean fallsBackToLetter() {
    return em.find(MarketingSetup.class, MarketingSetup.ID).getEmailFallback() == EmailFallback.LETTER;
  }

  private static boolean hasAddress(Recipient recipient) {
    return recipient.email() != null && !recipient.email().isBlank();
  }
}
