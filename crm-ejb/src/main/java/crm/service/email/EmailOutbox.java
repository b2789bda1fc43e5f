package crm.service.email;

import crm.domain.email.Email;
import crm.domain.email.EmailRecipient;
import crm.domain.email.EmailStatus;
import crm.domain.setup.MarketingSetup;
import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.service.mail.EmailHtml;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What sending an email writes in the user's transaction (DESIGN.md decision 4): one interaction
 * log entry per recipient contact (EMAIL, outbound, linked by the email's id) and one outbox row
 * with the email's id, QUEUED or SCHEDULED for its send-at time. The dispatcher sends it after
 * commit; a scheduled row waits for the release job.
 */
final class EmailOutbox {

  private final EntityManager em;
  private final Clock clock;

  EmailOutbox(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Writes the entries and the outbox row of an email just marked QUEUED or SCHEDULED. */
  void queue(Email email, String user) {
    queue(email, user, null);
  }

  /**
   * The same, but the entry of {@code entryNo} (an interaction just recorded for the email's
   * contact) records the sending to that contact instead of a new one.
   */
  void queue(Email email, String user, Long entryNo) {
    Object[] sender = sender(user);
    email.setFrom((String) sender[1], (String) sender[2]);
    if (email.getFromAddress() == null || email.getFromAddress().isBlank()) {
      throw new InvalidInputException("email.noSender");
    }
    String status = email.getStatus().name();
    for (String contactNo : email.recipientContacts()) {
      long recipientEntryNo = entryNo != null && contactNo.equals(email.getContactNo())
          ? linked(entryNo, email, status) : entry(email, contactNo, (String) sender[0], user, status);
      email.getRecipients().stream().filter(r -> contactNo.equals(r.getContactNo()))
          .forEach(r -> r.setEntryNo(recipientEntryNo));
    }
    EmailRecipient first = email.getRecipients().get(0);
    LocalDateTime now = LocalDateTime.now(clock);
    // No copy of the HTML body (html_body null): the dispatcher reads the email's.
    em.createNativeQuery("insert into outbox_message (id, email_id, to_address, to_name, from_address,"
            + " from_name, subject, text_body, template_code, language_code, status, next_attempt_at,"
            + " created_at) values (nextval('outbox_message_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
            + " ?12)")
        .setParameter(1, email.getId()).setParameter(2, first.getAddress()).setParameter(3, first.getName())
        .setParameter(4, email.getFromAddress()).setParameter(5, email.getFromName())
        .setParameter(6, email.getSubject()).setParameter(7, EmailHtml.toPlainText(email.getBodyHtml()))
        .setParameter(8, email.getTemplateCode()).setParameter(9, email.getLanguageCode()).setParameter(10, status)
        .setParameter(11, local(email.getSendAt())).setParameter(12, now).executeUpdate();
  }

  /**
   * Moves a scheduled email's outbox row and entries to its new time, or to now (QUEUED). Refused
   * when the row is not waiting any more: the release job queued it meanwhile.
   */
  void reschedule(Email email) {
    String status = email.getStatus().name();
    int changed = em.createNativeQuery("update outbox_message set status = ?1, next_attempt_at = ?2"
            + " where email_id = ?3 and status = 'SCHEDULED'")
        .setParameter(1, status).setParameter(2, local(email.getSendAt())).setParameter(3, email.getId())
        .executeUpdate();
    if (changed == 0) {
      throw new ConflictException("email.notChangeable", email.getId(), EmailStatus.QUEUED);
    }
    em.createNativeQuery("update interaction_log_entry set delivery_status = ?1 where email_id = ?2")
        .setParameter(1, status).setParameter(2, email.getId()).executeUpdate();
  }

  /** Withdraws a scheduled email: its outbox row and its entries are canceled. */
  void cancel(Email email) {
    em.createNativeQuery("update outbox_message set status = 'CANCELED' where email_id = ?1"
        + " and status = 'SCHEDULED'").setParameter(1, email.getId()).executeUpdate();
    em.createNativeQuery("update interaction_log_entry set delivery_status = 'CANCELED', canceled = true"
        + " where email_id = ?1").setParameter(1, email.getId()).executeUpdate();
  }

  private long entry(Email email, String contactNo, String salespersonCode, String user, String status) {
    long entryNo = ((Number) em.createNativeQuery("select nextval('interaction_log_entry_seq')")
        .getSingleResult()).longValue();
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    em.createNativeQuery("insert into interaction_log_entry (entry_no, contact_no, contact_company_no,"
            + " entry_date, entry_time, interaction_template_code, description, subject, language_code,"
            + " correspondence_type, salesperson_code, information_flow, initiated_by, user_id,"
            + " delivery_status, email_id) select ?1, no, company_no, ?2, ?3, ?4, ?5, ?6, ?7, 'EMAIL', ?8,"
            + " 'OUTBOUND', 'US', ?9, ?10, ?11 from contact where no = ?12")
        .setParameter(1, entryNo).setParameter(2, now.toLocalDate()).setParameter(3, now.toLocalTime())
        .setParameter(4, email.getTemplateCode()).setParameter(5, cut(email.getSubject()))
        .setParameter(6, cut(email.getSubject())).setParameter(7, email.getLanguageCode())
        .setParameter(8, salespersonCode).setParameter(9, user).setParameter(10, status)
        .setParameter(11, email.getId()).setParameter(12, contactNo).executeUpdate();
    return entryNo;
  }

  private long linked(long entryNo, Email email, String status) {
    em.createNativeQuery("update interaction_log_entry set correspondence_type = 'EMAIL', delivery_status = ?1,"
            + " email_id = ?2 where entry_no = ?3")
        .setParameter(1, status).setParameter(2, email.getId()).setParameter(3, entryNo).executeUpdate();
    return entryNo;
  }

  /** The sender's salesperson code, and the From: the salesperson's address, else the setup's. */
  private Object[] sender(String user) {
    List<?> rows = em.createNativeQuery("select s.code, s.email, s.name from app_user a"
        + " join salesperson s on s.code = a.salesperson_code where a.user_name = ?1").setParameter(1, user)
        .getResultList();
    Object[] salesperson = rows.isEmpty() ? new Object[3] : (Object[]) rows.get(0);
    if (salesperson[1] != null && !salesperson[1].toString().isBlank()) {
      return salesperson;
    }
    MarketingSetup setup = em.find(MarketingSetup.class, MarketingSetup.ID);
    return new Object[] {salesperson[0], setup.getSenderEmail(), setup.getSenderName()};
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, clock.getZone());
  }

  private static String cut(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}
