package crm.rest.interaction;

import crm.domain.interaction.InteractionTemplateLanguage;

/** One language version of a template: subject and body with merge fields. */
public record TemplateLanguageDto(String languageCode, String description, String subject, String body) {

  static TemplateLanguageDto from(InteractionTemplateLanguage l) {
    return new TemplateLanguageDto(l.getLanguageCode(), l.getDescription(), l.getSubject(), l.getBody());
  }

  void applyTo(InteractionTemplateLanguage l) {
    l.setDescription(description);
    l.setSubject(subject);
    l.setBody(body);
  }
}
