package crm.domain.interaction;

import crm.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One language version of a template: the subject and body (with merge fields) of its letter or email. */
@Audited("TEMPLATE_LANGUAGE")
@Entity
@Table(name = "interaction_template_language")
@IdClass(InteractionTemplateLanguage.Key.class)
public class InteractionTemplateLanguage {

  /** Composite key: template and language. */
  public record Key(String templateCode, String languageCode) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "template_code")
  private String templateCode;

  @Id
  @Column(name = "language_code")
  private String languageCode;

  private String description;
  private String subject;
  private String body;

  protected InteractionTemplateLanguage() {}

  public InteractionTemplateLanguage(String templateCode, String languageCode) {
    this.templateCode = templateCode;
    this.languageCode = languageCode;
  }

  public String getTemplateCode() { return templateCode; }
  public String getLanguageCode() { return languageCode; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
}
