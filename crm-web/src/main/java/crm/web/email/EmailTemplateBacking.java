package crm.web.email;

import crm.service.email.EmailTemplateService;
import crm.service.email.TemplateRank;
import crm.service.email.TemplateRanking;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Insert template in email/compose.xhtml (F-50, F-57): the template's text in the chosen
 * language, its merge fields filled for the contact the email is about, replaces subject and
 * body, which stay editable. The dialog ranks the templates by their human open and reply rates.
 */
@Named
@RequestScoped
public class EmailTemplateBacking {

  @Inject private EmailTemplateService templates;
  @Inject private TemplateRanking ranking;
  @Inject private EmailComposeBacking composer;
  private List<TemplateRank> ranks;

  /** The templates by how people took their emails in the last 90 days, best first (F-57). */
  public List<TemplateRank> getRanking() {
    if (ranks == null) {
      ranks = ranking.lastNinetyDays();
    }
    return ranks;
  }

  public void insert() {
    EmailForm form = composer.getForm();
    String regarding = composer.getContactNo() != null ? composer.getContactNo() : form.firstContact();
    var text = Feedback.call(() -> templates.insert(form.getTemplateCode(), form.getLanguageCode(), regarding),
        "email.templateInserted", form.getTemplateCode());
    if (text != null) {
      form.setSubject(text.subject());
      form.setBody(text.bodyHtml());
    }
  }
}
