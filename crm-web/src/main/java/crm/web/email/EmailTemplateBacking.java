package crm.web.email;

import crm.service.email.EmailTemplateService;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Insert template in email/compose.xhtml (F-50, F-57): the template's text in the chosen
 * language, its merge fields filled for the contact the email is about, replaces subject and
 * body, which stay editable.
 */
@Named
@RequestScoped
public class EmailTemplateBacking {

  @Inject private EmailTemplateService templates;
  @Inject private EmailComposeBacking composer;

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
