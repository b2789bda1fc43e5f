package crm.service.interaction;

import crm.domain.security.Roles;
import crm.domain.setup.CodeTable;
import crm.domain.setup.MarketingSetup;
import crm.domain.shared.UnknownRecordException;
import crm.service.letter.LetterRenderer;
import crm.service.letter.MergeText;
import crm.service.letter.Recipient;
import crm.service.letter.RecipientQuery;
import crm.service.mail.EmailHtml;
import crm.service.setup.CodeService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * A template text being edited, personalised for a chosen contact (F-31): as the letter would
 * print and as the email would show. Nothing is saved; unknown merge fields are refused as on save.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
public class TemplatePreviewService {

  private static final LetterRenderer RENDERER = new LetterRenderer();

  @PersistenceContext private EntityManager em;
  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Inject private InteractionTemplateService templates;
  @Inject private CodeService codes;
  @Inject private Clock clock;

  /** The letter to the contact, as a PDF. */
  public byte[] letter(String templateCode, String languageCode, String subject, String body, String contactNo) {
    Recipient recipient = recipient(templateCode, languageCode, subject, body, contactNo);
    MarketingSetup setup = em.find(MarketingSetup.class, MarketingSetup.ID);
    LocalDate today = LocalDate.now(clock);
    return RENDERER.render(setup.letterhead(), setup.getPaperSize(), recipient.letter(setup.letterhead().place(), today));
  }

  /** The email to the contact: its subject and its sanitised HTML body. */
  public Recipient.EmailContent email(String templateCode, String languageCode, String subject, String body,
      String contactNo) {
    Recipient.EmailContent email = recipient(templateCode, languageCode, subject, body, contactNo)
        .email(LocalDate.now(clock));
    return new Recipient.EmailContent(email.subject(), email.text(), EmailHtml.sanitize(email.html()));
  }

  private Recipient recipient(String templateCode, String languageCode, String subject, String body, String contactNo) {
    templates.get(templateCode);
    codes.get(CodeTable.LANGUAGE, languageCode);
    MergeText.check(subject);
    MergeText.check(body);
    try (Connection connection = dataSource.getConnection()) {
      return RecipientQuery.forContact(connection, contactNo, templateCode, languageCode, subject,
              body == null ? "" : body)
          .orElseThrow(() -> new UnknownRecordException("contact.unknown", contactNo));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
