package crm.service.interaction;

import crm.domain.security.Roles;
import crm.domain.shared.UnknownRecordException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The files attached to a template language (F-31): a brochure, an image… Every email sent with
 * that language version carries them.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class TemplateAttachmentService {

  /** The largest file accepted: 10 MB. */
  public static final int MAX_BYTES = AttachmentFileName.MAX_BYTES;

  /** A file as listed: its name, content type and size in bytes. */
  public record AttachmentFile(String fileName, String contentType, long size) {}

  /** A file with its bytes. */
  public record AttachmentContent(String fileName, String contentType, byte[] content) {}

  @PersistenceContext private EntityManager em;
  @Inject private InteractionTemplateService templates;

  public List<AttachmentFile> list(String templateCode, String languageCode) {
    templates.getLanguage(templateCode, languageCode);
    List<?> rows = em.createNativeQuery("select file_name, content_type, octet_length(content)"
            + " from template_attachment_file where template_code = ?1 and language_code = ?2 order by file_name")
        .setParameter(1, templateCode).setParameter(2, languageCode).getResultList();
    return rows.stream().map(row -> (Object[]) row)
        .map(r -> new AttachmentFile((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
  }

  public AttachmentContent get(String templateCode, String languageCode, String fileName) {
    List<?> rows = em.createNativeQuery("select file_name, content_type, content from template_attachment_file"
            + " where template_code = ?1 and language_code = ?2 and file_name = ?3")
        .setParameter(1, templateCode).setParameter(2, languageCode).setParameter(3, fileName).getResultList();
    if (rows.isEmpty()) {
      throw new UnknownRecordException("attachment.unknown", templateCode, languageCode, fileName);
    }
    Object[] r = (Object[]) rows.get(0);
    return new AttachmentContent((String) r[0], (String) r[1], (byte[]) r[2]);
  }

  /**
   * Attaches a file, replacing one of the same name. The name is cleaned (see
   * {@link AttachmentFileName}); an empty file or one over {@link #MAX_BYTES} is refused.
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public AttachmentFile add(String templateCode, String languageCode, String fileName, String contentType,
      byte[] content) {
    templates.getLanguage(templateCode, languageCode);
    String name = AttachmentFileName.clean(fileName);
    AttachmentFileName.checkContent(name, content);
    String type = AttachmentFileName.contentType(contentType);
    em.createNativeQuery("delete from template_attachment_file where template_code = ?1 and language_code = ?2"
            + " and file_name = ?3")
        .setParameter(1, templateCode).setParameter(2, languageCode).setParameter(3, name).executeUpdate();
    em.createNativeQuery("insert into template_attachment_file (template_code, language_code, file_name,"
            + " content_type, content) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, templateCode).setParameter(2, languageCode).setParameter(3, name)
        .setParameter(4, type).setParameter(5, content).executeUpdate();
    return new AttachmentFile(name, type, content.length);
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public void delete(String templateCode, String languageCode, String fileName) {
    int deleted = em.createNativeQuery("delete from template_attachment_file where template_code = ?1"
            + " and language_code = ?2 and file_name = ?3")
        .setParameter(1, templateCode).setParameter(2, languageCode).setParameter(3, fileName).executeUpdate();
    if (deleted == 0) {
      throw new UnknownRecordException("attachment.unknown", templateCode, languageCode, fileName);
    }
  }
}
