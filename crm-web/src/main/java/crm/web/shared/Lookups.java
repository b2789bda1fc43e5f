package crm.web.shared;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.setup.CodeEntry;
import crm.domain.setup.CodeTable;
import crm.domain.setup.Salesperson;
import crm.domain.segment.LoggedSegment;
import crm.domain.segment.SavedCriteria;
import crm.domain.todo.ToDoPriority;
import crm.domain.todo.ToDoType;
import crm.service.segment.SavedCriteriaService;
import crm.service.segment.SegmentLogService;
import crm.service.setup.CodeService;
import crm.service.setup.SalespersonService;
import crm.service.shared.ListRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The choices of the selection fields: the small code tables, saved criteria and logged segments,
 * read at most once per request; and the lookups of the tables that grow (contacts, companies,
 * campaigns, interaction templates, salespeople, mailing groups), searched by {@link LookupTables}:
 * a few "code · name" answers to what the user typed, never a drop-down carrying every record. The
 * fields use them through WEB-INF/includes/lookup.xhtml.
 */
@Named
@RequestScoped
public class Lookups {

  /** Between the code and the name in a lookup's answers. */
  public static final String CONTACT_SEPARATOR = " · ";

  @Inject private CodeService codes;
  @Inject private SalespersonService salespersonService;
  @Inject private SavedCriteriaService savedCriteria;
  @Inject private SegmentLogService logging;
  @Inject private LookupTables tables;
  private final Map<CodeTable, List<CodeEntry>> codeTables = new EnumMap<>(CodeTable.class);
  private List<Salesperson> salespeople;

  public List<CodeEntry> codes(String table) {
    return codeTables.computeIfAbsent(CodeTable.valueOf(table), codes::list);
  }

  /** Every salesperson, for the step dialog's multiple choice (a short list, unlike contacts or campaigns). */
  public List<Salesperson> getSalespeople() {
    if (salespeople == null) {
      salespeople = salespersonService.listSalespeople();
    }
    return salespeople;
  }

  public List<SavedCriteria> getSavedCriteria() {
    return savedCriteria.listSavedCriteria();
  }

  /** The latest logged segments, newest first, for Reuse Logged Segment. */
  public List<LoggedSegment> getLoggedSegments() {
    return logging.listLogged(new ListRequest(0, 100, "-no")).items();
  }

  /** "No. · name" of the first contacts whose number or name contains what the user typed. */
  public List<String> completeContact(String query) {
    return tables.answers("Contact", query);
  }

  /** The companies (a person's company no.), as {@link #completeContact}. */
  public List<String> completeCompany(String query) {
    return tables.answers("Company", query);
  }

  public List<String> completeCampaign(String query) {
    return tables.answers("Campaign", query);
  }

  public List<String> completeTemplate(String query) {
    return tables.answers("Template", query);
  }

  public List<String> completeSalesperson(String query) {
    return tables.answers("Salesperson", query);
  }

  public List<String> completeMailingGroup(String query) {
    return tables.answers("MailingGroup", query);
  }

  /** The "code · name" of a stored code, as a lookup of that kind shows it; the code alone if unknown. */
  public String label(String kind, String code) {
    return tables.label(kind, code);
  }

  /** The code of a "code · name" answer of a lookup, or the text itself when it is a bare code; null if blank. */
  public static String codeOf(String choice) {
    if (choice == null || choice.isBlank()) {
      return null;
    }
    return choice.split(CONTACT_SEPARATOR, 2)[0].strip();
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
