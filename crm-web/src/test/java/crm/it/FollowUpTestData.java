package crm.it;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The facts the follow-up test sets or reads with SQL: a tracking event as a person's or a
 * machine's open would record it, an earlier attempt of the send ledger with its own Message-ID,
 * a new mailbox for the reply job, and an email's campaign.
 */
@Dependent
@Transactional
public class FollowUpTestData {

  @PersistenceContext EntityManager em;

  public void event(long emailId, String type, String classification, Instant at) {
    em.createNativeQuery("insert into email_event (id, email_id, type, occurred_at, classification, reason)"
            + " values (nextval('email_event_seq'), ?1, ?2, ?3, ?4, 'TEST')")
        .setParameter(1, emailId).setParameter(2, type).setParameter(3, Timestamp.from(at))
        .setParameter(4, classification).executeUpdate();
  }

  /** As if the email had first been tried under another Message-ID (a resend reuses the first one). */
  public void earlierAttempt(long emailId, String messageId) {
    em.createNativeQuery("insert into send_attempt (outbox_id, attempt_no, message_id, instance_id, started_at,"
            + " finished_at, outcome) select id, 99, ?1, 'test', current_timestamp, current_timestamp, 'RETRYING'"
            + " from outbox_message where email_id = ?2")
        .setParameter(1, messageId).setParameter(2, emailId).executeUpdate();
  }

  /**
   * Tells the reply job its mailbox is a new one. Each test starts a GreenMail of its own, whose
   * UIDs start again at 1 under the UIDVALIDITY of the one before, where a real server would
   * change it: the job's position and its record of the old mailbox's places go.
   */
  public void newMailbox() {
    em.createNativeQuery("update mailbox_poll set uid_validity = null, last_uid = 0 where name = 'replies'")
        .executeUpdate();
    em.createNativeQuery("delete from mailbox_message").executeUpdate();
  }

  /** As if the email had gone out to a campaign's segment: the email and its log entry are the campaign's. */
  public void inCampaign(long emailId, String campaignNo) {
    em.createNativeQuery("update email set campaign_no = ?1 where id = ?2").setParameter(1, campaignNo)
        .setParameter(2, emailId).executeUpdate();
    em.createNativeQuery("update interaction_log_entry set campaign_no = ?1 where email_id = ?2")
        .setParameter(1, campaignNo).setParameter(2, emailId).executeUpdate();
  }
}
