package crm.service.segment;

import crm.domain.campaign.Campaign;
import crm.domain.interaction.InteractionTemplate;
import crm.domain.segment.Segment;
import crm.domain.setup.CodeTable;
import crm.domain.shared.InvalidInputException;
import crm.domain.shared.UnknownRecordException;
import crm.service.letter.MergeText;
import crm.service.setup.CodeService;
import crm.service.setup.SalespersonService;
import crm.domain.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What a segment header and its lines must hold before they are kept: known codes, merge fields that exist. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class SegmentChecks {

  @PersistenceContext private EntityManager em;
  @Inject private CodeService codes;
  @Inject private SalespersonService salespeople;

  public void header(Segment segment) {
    if (segment.getDescription() == null || segment.getDescription().isBlank()) {
      throw new InvalidInputException("segment.descriptionRequired");
    }
    if (segment.getCampaignNo() != null && em.find(Campaign.class, segment.getCampaignNo()) == null) {
      throw new UnknownRecordException("campaign.unknown", segment.getCampaignNo());
    }
    if (segment.getCampaignNo() == null && (segment.isCampaignTarget() || segment.isCampaignResponse())) {
      throw new InvalidInputException("segment.targetWithoutCampaign", segment.getNo());
    }
    templateAndLanguage(segment.getInteractionTemplateCode(), segment.getLanguageCode());
    MergeText.check(segment.getSubject());
    if (segment.getSalespersonCode() != null) {
      salespeople.getSalesperson(segment.getSalespersonCode());
    }
  }

  public void templateAndLanguage(String templateCode, String languageCode) {
    if (templateCode != null && em.find(InteractionTemplate.class, templateCode) == null) {
      throw new UnknownRecordException("template.unknown", templateCode);
    }
    if (languageCode != null) {
      codes.get(CodeTable.LANGUAGE, languageCode);
    }
  }
}
