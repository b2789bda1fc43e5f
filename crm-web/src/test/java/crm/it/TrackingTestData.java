package crm.it;

import crm.domain.contact.ContactType;
import crm.domain.email.TrackingState;
import crm.service.campaign.CampaignService;
import crm.service.contact.ContactService;
import crm.service.email.EmailAttachmentService;
import crm.service.email.EmailDraft;
import crm.service.email.EmailDraftService;
import crm.service.email.EmailSendService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The data of the tracking test: a contact, an email to it sent through the services (with a
 * tracked file), its log entry put in a campaign, and the few facts the test sets or reads with
 * SQL: the tracking base URL, when the email was delivered, how many events it has.
 */
@Dependent
@Transactional
public class TrackingTestData {

  @PersistenceContext EntityManager em;
  @Inject ContactService contacts;
  @Inject CampaignService campaigns;
  @Inject EmailDraftService drafts;
  @Inject EmailAttachmentService attachments;
  @Inject EmailSendService sending;

  public String contact(String name, String address) {
    return contacts.create(null, ContactType.PERSON, c -> {
      c.setName(name);
      c.setEmail(address);
    }).getNo();
  }

  public String campaign(String description) {
    return campaigns.create(null, c -> c.setDescription(description)).getNo();
  }

  /** Sends (queues) an email to the contact, with a file, and answers its id. */
  public long send(String contactNo, TrackingState tracking, String html, String fileName, byte[] file) {
    EmailDraft draft = new EmailDraft(contactNo, List.of(new EmailDraft.Address(contactNo, null)), List.of(),
        "Our prices for 2027", html, null, null, tracking);
    long id = drafts.create(draft).getId();
    attachments.add(id, fileName, "application/pdf", file, true);
    sending.send(id, null);
    return id;
  }

  public void trackingBaseUrl(String url) {
    em.createNativeQuery("update marketing_setup set tracking_base_url = ?1").setParameter(1, url).executeUpdate();
  }

  /** Puts the email's interaction log entries in the campaign. */
  public void inCampaign(long emailId, String campaignNo) {
    em.createNativeQuery("update interaction_log_entry set campaign_no = ?1 where email_id = ?2")
        .setParameter(1, campaignNo).setParameter(2, emailId).executeUpdate();
  }

  /** As if the email had been written from that template. */
  public void fromTemplate(long emailId, String templateCode) {
    em.createNativeQuery("update email set template_code = ?1 where id = ?2")
        .setParameter(1, templateCode).setParameter(2, emailId).executeUpdate();
  }

  /** As if the email had been delivered that long ago: people open mail later than scanners do. */
  public void deliveredAgo(long emailId, Duration ago) {
    em.createNativeQuery("update email set sent_at = ?1 where id = ?2")
        .setParameter(1, Timestamp.from(Instant.now().minus(ago))).setParameter(2, emailId).executeUpdate();
  }

  public long events() {
    return ((Number) em.createNativeQuery("select count(*) from email_event").getSingleResult()).longValue();
  }

  public List<?> links(long emailId) {
    return em.createNativeQuery("select link_no, url, hidden from email_link where email_id = ?1 order by link_no")
        .setParameter(1, emailId).getResultList();
  }
}
