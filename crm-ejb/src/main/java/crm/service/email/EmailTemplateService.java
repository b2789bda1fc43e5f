package crm.service.email;

import crm.domain.interaction.InteractionTemplateLanguage;
import crm.domain.security.Roles;
import crm.domain.shared.UnknownRecordException;
import crm.service.interaction.InteractionTemplateService;
import crm.service.letter.Recipient;
import crm.service.letter.RecipientQuery;
import crm.service.mail.EmailHtml;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Insert template (F-50, F-57): a template's text in one language, its merge fields filled for
 * the regarding contact exactly as segment logging fills them, as a subject and a sanitised HTML
 * body the writer can still edit.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON})
public class EmailTemplateService {

  @Resource(lookup = "java:app/jdbc/crm") private DataSource dataSource;
  @Inject private InteractionTemplateService templates;
  @Inject private Clock clock;

  public EmailText insert(String templateCode, String languageCode, String contactNo) {
    InteractionTemplateLanguage language = templates.getLanguage(templateCode, languageCode);
    try (Connection connection = dataSource.getConnection()) {
      Recipient recipient = RecipientQuery.forContact(connection, contactNo, templateCode, languageCode,
              language.getSubject(), language.getBody() == null ? "" : language.getBody())
          .orElseThrow(() -> new UnknownRecordException("contact.unknown", contactNo));
      Recipient.EmailContent email = recipient.email(LocalDate.now(clock));
      return new EmailText(email.subject(), EmailHtml.sanitize(email.html()));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
