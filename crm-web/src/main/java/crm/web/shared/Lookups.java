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
import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoType;
import crm.service.campaign.CampaignService;
import crm.service.contact.ContactService;
import crm.service.interaction.InteractionTemplateService;
import crm.service.segment.SegmentCriteriaService;
import crm.service.segment.SegmentLogService;
import crm.service.setup.CodeService;
import crm.service.shared.ListRequest;
import crm.service.shared.ListRequest.Operator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The choices of the selection fields: code tables, salespeople, templates, campaigns, saved
 * criteria and logged segments, read at most once per request; and the contact lookup of the
 * fields that name a contact (never a drop-down of every contact).
 */
@Named
@RequestScoped
public class Lookups {

  /** Between the number and the name of a contact in a lookup's answers. */
  public static final String CONTACT_SEPARATOR = " · ";

  @Inject private CodeService codes;
  @Inject private InteractionTemplateService templates;
  @Inject private CampaignService campaigns;
  @Inject private SegmentCriteriaService criteria;
  @Inject private SegmentLogService logging;
  @Inject private ContactService contacts;
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

  /** "No. · name" of the first contacts whose name contains what the user typed (p:autoComplete). */
  public List<String> completeContact(String query) {
    return contacts.list(new ListRequest(0, 10, "name").where("name", Operator.CONTAINS, query)).items()
        .stream().map(c -> c.getNo() + CONTACT_SEPARATOR + c.getName()).toList();
  }

  /** The contact number of a "No. · name" answer of {@link #completeContact}, or null. */
  public static String contactNoOf(String choice) {
    return choice == null || !choice.contains(CONTACT_SEPARATOR) ? null : choice.split(CONTACT_SEPARATOR, 2)[0].strip();
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

  public ToDoType[] getToDoTypes() {
    return ToDoType.values();
  }

  public ToDoPriority[] getToDoPriorities() {
    return ToDoPriority.values();
  }
}
