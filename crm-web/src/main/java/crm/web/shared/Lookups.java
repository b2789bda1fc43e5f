package crm.web.shared;

import crm.domain.campaign.Campaign;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.interaction.InteractionTemplate;
import crm.domain.setup.CodeEntry;
import crm.domain.setup.CodeTable;
import crm.domain.setup.Salesperson;
import crm.domain.segment.LoggedSegment;
import crm.domain.segment.SavedCriteria;
import crm.service.campaign.CampaignService;
import crm.service.interaction.InteractionTemplateService;
import crm.service.segment.SegmentCriteriaService;
import crm.service.segment.SegmentLogService;
import crm.service.setup.CodeService;
import crm.service.shared.ListRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The choices of the selection fields: code tables, salespeople, templates, campaigns, saved
 * criteria and logged segments. Read at most once per request.
 */
@Named
@RequestScoped
public class Lookups {

  @Inject private CodeService codes;
  @Inject private InteractionTemplateService templates;
  @Inject private CampaignService campaigns;
  @Inject private SegmentCriteriaService criteria;
  @Inject private SegmentLogService logging;
  private final Map<CodeTable, List<CodeEntry>> tables = new EnumMap<>(CodeTable.class);
  private List<Salesperson> salespeople;
  private List<InteractionTemplate> templateList;
  private List<Campaign> campaignList;

  public List<CodeEntry> codes(String table) {
    return tables.computeIfAbsent(CodeTable.valueOf(table), codes::list);
  }

  public List<Salesperson> getSalespeople() {
    if (salespeople == null) {
      salespeople = codes.listSalespeople();
    }
    return salespeople;
  }

  public List<InteractionTemplate> getTemplates() {
    if (templateList == null) {
      templateList = templates.list();
    }
    return templateList;
  }

  public List<Campaign> getCampaigns() {
    if (campaignList == null) {
      campaignList = campaigns.list(new ListRequest(0, ListRequest.MAX_SIZE, "-no")).items();
    }
    return campaignList;
  }

  public List<SavedCriteria> getSavedCriteria() {
    return criteria.listSavedCriteria();
  }

  /** The latest logged segments, newest first, for Reuse Logged Segment. */
  public List<LoggedSegment> getLoggedSegments() {
    return logging.listLogged(new ListRequest(0, 100, "-no")).items();
  }

  public CorrespondenceType[] getCorrespondenceTypes() {
    return CorrespondenceType.values();
  }

  public InformationFlow[] getInformationFlows() {
    return InformationFlow.values();
  }

  public InitiatedBy[] getInitiators() {
    return InitiatedBy.values();
  }
}
