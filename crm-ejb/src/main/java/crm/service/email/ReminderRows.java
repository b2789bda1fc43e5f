package crm.service.email;

import crm.domain.email.Reminder;
import crm.domain.email.ReminderCondition;
import crm.domain.email.ReminderStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the email_reminder table: read for a page of emails at once, written one at a time. */
final class ReminderRows {

  private final EntityManager em;

  ReminderRows(EntityManager em) {
    this.em = em;
  }

  /** The reminders of these emails, by email id; an email without one is absent. */
  Map<Long, Reminder> of(List<Long> emailIds) {
    if (emailIds.isEmpty()) {
      return Map.of();
    }
    Query query = em.createNativeQuery("select email_id, condition, remind_at, comment, status from email_reminder"
        + " where email_id in (" + NativeIn.placeholders(emailIds.size()) + ")");
    for (int i = 0; i < emailIds.size(); i++) {
      query.setParameter(i + 1, emailIds.get(i));
    }
    Map<Long, Reminder> reminders = new HashMap<>();
    for (Object r : query.getResultList()) {
      Object[] row = (Object[]) r;
      reminders.put(((Number) row[0]).longValue(), new Reminder(ReminderCondition.valueOf((String) row[1]),
          TrackingEvents.instant(row[2]), (String) row[3], ReminderStatus.valueOf((String) row[4])));
    }
    return reminders;
  }

  /** The status of the email's reminder, its row locked until the transaction ends (the job may be firing it). */
  Optional<ReminderStatus> lockStatus(long emailId) {
    List<?> rows = em.createNativeQuery("select status from email_reminder where email_id = ?1 for update")
        .setParameter(1, emailId).getResultList();
    return rows.stream().map(status -> ReminderStatus.valueOf((String) status)).findFirst();
  }

  /** Writes the email's reminder, replacing the one it had. */
  void put(long emailId, Reminder reminder) {
    delete(emailId);
    em.createNativeQuery("insert into email_reminder (email_id, condition, remind_at, comment, status)"
            + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, emailId).setParameter(2, reminder.condition().name())
        .setParameter(3, reminder.remindAt().atOffset(ZoneOffset.UTC)).setParameter(4, reminder.comment())
        .setParameter(5, reminder.status().name()).executeUpdate();
  }

  void delete(long emailId) {
    em.createNativeQuery("delete from email_reminder where email_id = ?1").setParameter(1, emailId).executeUpdate();
  }
}
