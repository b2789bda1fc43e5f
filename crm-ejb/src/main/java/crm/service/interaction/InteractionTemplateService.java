package crm.service.interaction;

import crm.domain.security.Roles;
import crm.domain.interaction.InteractionTemplate;
import crm.domain.interaction.InteractionTemplateLanguage;
import crm.domain.setup.CodeFormat;
import crm.domain.setup.CodeTable;
import crm.domain.shared.ConflictException;
import crm.domain.shared.RecordVersion;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.letter.MergeText;
import crm.service.setup.CodeService;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import crm.service.shared.References;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Interaction templates (F-30) and their language versions (F-31). */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class InteractionTemplateService {

  @PersistenceContext private EntityManager em;
  @Inject private CodeService codes;

  public Page<InteractionTemplate> list(ListRequest request) {
    return new Listing<>(em, InteractionTemplate.class, "code").list(request);
  }

  public List<InteractionTemplate> list() {
    return em.createQuery("select t from InteractionTemplate t order by t.code", InteractionTemplate.class)
        .getResultList();
  }

  public InteractionTemplate get(String code) {
    return Optional.ofNullable(em.find(InteractionTemplate.class, code))
        .orElseThrow(() -> new UnknownRecordException("template.unknown", code));
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public InteractionTemplate create(String code, Consumer<InteractionTemplate> values) {
    CodeFormat.check(code);
    if (em.find(InteractionTemplate.class, code) != null) {
      throw new ConflictException("template.duplicate", code);
    }
    InteractionTemplate template = new InteractionTemplate(code);
    values.accept(template);
    check(template);
    em.persist(template);
    return template;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public InteractionTemplate update(String code, Integer expectedVersion, Consumer<InteractionTemplate> changes) {
    InteractionTemplate template = get(code);
    RecordVersion.check(code, expectedVersion, template.getVersion());
    changes.accept(template);
    check(template);
    return template;
  }

  /**
   * Deletes a template that no segment, no interaction log entry and not the setup's replies use;
   * a postponed interaction does not keep it (resuming it then asks for another template).
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public void delete(String code) {
    InteractionTemplate template = get(code);
    if (References.exist(em, List.of("segment", "segment_line"), "interaction_template_code", code)
        || References.exist(em, "select 1 from interaction_log_entry where interaction_template_code = ?1 and postponed = false", code)
        || References.exist(em, List.of("marketing_setup"), "reply_template_code", code)) {
      throw new ConflictException("template.inUse", code);
    }
    em.remove(template);
  }

  public List<InteractionTemplateLanguage> languages(String code) {
    get(code);
    return em.createQuery("select l from InteractionTemplateLanguage l where l.templateCode = :code"
            + " order by l.languageCode", InteractionTemplateLanguage.class)
        .setParameter("code", code)
        .getResultList();
  }

  public InteractionTemplateLanguage getLanguage(String code, String languageCode) {
    return Optional.ofNullable(em.find(InteractionTemplateLanguage.class,
            new InteractionTemplateLanguage.Key(code, languageCode)))
        .orElseThrow(() -> new UnknownRecordException("templateLanguage.unknown", code, languageCode));
  }

  /** Creates or replaces the language version of a template. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public InteractionTemplateLanguage saveLanguage(String code, String languageCode,
      Consumer<InteractionTemplateLanguage> values) {
    get(code);
    codes.get(CodeTable.LANGUAGE, languageCode);
    var key = new InteractionTemplateLanguage.Key(code, languageCode);
    InteractionTemplateLanguage language = em.find(InteractionTemplateLanguage.class, key);
    if (language == null) {
      language = new InteractionTemplateLanguage(code, languageCode);
      em.persist(language);
    }
    values.accept(language);
    MergeText.check(language.getSubject());
    MergeText.check(language.getBody());
    return language;
  }

  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public void deleteLanguage(String code, String languageCode) {
    em.remove(getLanguage(code, languageCode));
  }

  private void check(InteractionTemplate template) {
    if (template.getDescription() == null || template.getDescription().isBlank()) {
      throw new InvalidInputException("template.descriptionRequired");
    }
    if (isNegative(template.getUnitCost()) || isNegative(template.getUnitDuration())) {
      throw new InvalidInputException("template.negativeCost");
    }
    if (template.getInteractionGroupCode() != null) {
      codes.get(CodeTable.INTERACTION_GROUP, template.getInteractionGroupCode());
    }
    if (template.getLanguageCode() != null) {
      codes.get(CodeTable.LANGUAGE, template.getLanguageCode());
    }
    if (template.getCampaignNo() != null && em.find(crm.domain.campaign.Campaign.class, template.getCampaignNo()) == null) {
      throw new UnknownRecordException("campaign.unknown", template.getCampaignNo());
    }
  }

  private static boolean isNegative(BigDecimal value) {
    return value == null || value.signum() < 0;
  }
}
