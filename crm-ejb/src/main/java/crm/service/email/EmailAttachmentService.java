package crm.service.email;

import crm.domain.email.Email;
import crm.domain.email.EmailAttachment;
import crm.domain.security.Roles;
import crm.domain.shared.UnknownRecordException;
import crm.service.interaction.AttachmentFileName;
import crm.service.mail.AttachedFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The files of an email (F-50, F-53): uploaded (at most 10 MB, name cleaned as for template
 * files), removed, each tracked (sent as a download link that records its opening) or not (sent
 * as a part of the message). Files change only while the email is a draft.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class EmailAttachmentService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /** The email's files in name order, without their content. */
  public List<EmailAttachment> list(long emailId) {
    EmailAccess.find(em, emailId);
    List<?> rows = em.createNativeQuery("select file_name, content_type, octet_length(content), tracked"
        + " from email_attachment where email_id = ?1 order by file_name").setParameter(1, emailId).getResultList();
    return rows.stream().map(row -> (Object[]) row).map(r -> new EmailAttachment((String) r[0], (String) r[1],
        ((Number) r[2]).longValue(), Boolean.TRUE.equals(r[3]))).toList();
  }

  public AttachedFile get(long emailId, String fileName) {
    List<?> rows = em.createNativeQuery("select file_name, content_type, content from email_attachment"
        + " where email_id = ?1 and file_name = ?2").setParameter(1, emailId).setParameter(2, fileName).getResultList();
    if (rows.isEmpty()) {
      throw new UnknownRecordException("email.unknownAttachment", emailId, fileName);
    }
    Object[] r = (Object[]) rows.get(0);
    return new AttachedFile((String) r[0], (String) r[1], (byte[]) r[2]);
  }

  /** Attaches a file to a draft, replacing one of the same name. */
  public EmailAttachment add(long emailId, String fileName, String contentType, byte[] content, boolean tracked) {
    draft(emailId);
    String name = AttachmentFileName.clean(fileName);
    AttachmentFileName.checkContent(name, content);
    String type = AttachmentFileName.contentType(contentType);
    em.createNativeQuery("delete from email_attachment where email_id = ?1 and file_name = ?2")
        .setParameter(1, emailId).setParameter(2, name).executeUpdate();
    em.createNativeQuery("insert into email_attachment (email_id, file_name, content_type, content, tracked)"
            + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, emailId).setParameter(2, name).setParameter(3, type).setParameter(4, content)
        .setParameter(5, tracked).executeUpdate();
    return new EmailAttachment(name, type, content.length, tracked);
  }

  public void remove(long emailId, String fileName) {
    draft(emailId);
    int deleted = em.createNativeQuery("delete from email_attachment where email_id = ?1 and file_name = ?2")
        .setParameter(1, emailId).setParameter(2, fileName).executeUpdate();
    if (deleted == 0) {
      throw new UnknownRecordException("email.unknownAttachment", emailId, fileName);
    }
  }

  private void draft(long emailId) {
    Email email = EmailAccess.forChange(em, session, emailId);
    email.requireDraft();
  }
}
