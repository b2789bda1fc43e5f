package crm.service.email;

import crm.domain.email.Email;
import crm.domain.email.Reminder;
import crm.domain.email.TrackingState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes emails for showing, a page at a time in four queries: the contacts blocking their
 * tracking, their interaction log entries, their human opens, clicks and replies, and their reminders.
 */
final class EmailViews {

  private final EntityManager em;

  EmailViews(EntityManager em) {
    this.em = em;
  }

  List<EmailView> of(List<Email> emails) {
    if (emails.isEmpty()) {
      return List.of();
    }
    List<Long> ids = emails.stream().map(Email::getId).toList();
    Map<Long, List<String>> blockers = grouped("select r.email_id, r.contact_no from email_recipient r"
        + " join contact c on c.no = r.contact_no where c.allow_tracking = false and r.email_id in (%s)"
        + " order by r.position", ids);
    Map<Long, List<String>> entries = grouped("select email_id, entry_no from interaction_log_entry"
        + " where email_id in (%s) order by entry_no", ids);
    Map<Long, List<String>> events = grouped("select email_id, type from email_event"
        + " where classification = 'HUMAN' and email_id in (%s)", ids);
    Map<Long, Reminder> reminders = new ReminderRows(em).of(ids);
    return emails.stream().map(e -> view(e, blockers, entries, events, reminders.get(e.getId()))).toList();
  }

  private static EmailView view(Email email, Map<Long, List<String>> blockers, Map<Long, List<String>> entries,
      Map<Long, List<String>> events, Reminder reminder) {
    List<String> blocking = email.getTracking() == TrackingState.BLOCKED
        ? blockers.getOrDefault(email.getId(), List.of()).stream().distinct().toList() : List.of();
    List<Long> entryNos = entries.getOrDefault(email.getId(), List.of()).stream().map(Long::valueOf).toList();
    List<String> types = events.getOrDefault(email.getId(), List.of());
    return new EmailView(email, blocking, entryNos, count(types, "OPEN"), count(types, "CLICK"), count(types, "REPLY"),
        reminder);
  }

  private static long count(List<String> types, String type) {
    return types.stream().filter(type::equals).count();
  }

  /** The second column of each row, grouped by the first (an email id). */
  private Map<Long, List<String>> grouped(String sql, List<Long> ids) {
    Query query = em.createNativeQuery(sql.formatted(NativeIn.placeholders(ids.size())));
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    Map<Long, List<String>> grouped = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      grouped.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>()).add(columns[1].toString());
    }
    return grouped;
  }
}
