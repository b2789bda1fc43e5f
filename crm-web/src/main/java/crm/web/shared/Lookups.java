package crm.web.shared;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InformationFlow;
import crm.domain.interaction.InitiatedBy;
import crm.domain.campaign.Campaign;
import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
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
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The choices of the selection fields: the small code tables, saved criteria and logged segments,
 * read at most once per request; and the lookups of the tables that grow (contacts, companies,
 * campaigns, interaction templates, salespeople; mailing groups searched in memory): a few "code · name" answers to what the user
 * typed, never a drop-down carrying every record (issue 13: a card with 1,000 campaigns took
 * seconds to draw). The fields use them through WEB-INF/includes/lookup.xhtml.
 */
@Named
@RequestScoped
public class Lookups {

  /** Between the code and the name in a lookup's answers. */
  public static final String CONTACT_SEPARATOR = " · ";
  /** How many answers a lookup shows (its drop-down button shows the first ones). */
  static final int ANSWERS = 10;

  @Inject private CodeService codes;
  @Inject private InteractionTemplateService templates;
  @Inject private CampaignService campaigns;
  @Inject private SegmentCriteriaService criteria;
  @Inject private SegmentLogService logging;
  @Inject private ContactService contacts;
  private final Map<CodeTable, List<CodeEntry>> tables = new EnumMap<>(CodeTable.class);
  private List<Salesperson> salespeople;

  public List<CodeEntry> codes(String table) {
    return tables.computeIfAbsent(CodeTable.valueOf(table), codes::list);
  }

  /** Every salesperson, for the step dialog's multiple choice (a short list, unlike contacts or campaigns). */
  public List<Salesperson> getSalespeople() {
    if (salespeople == null) {
      salespeople = codes.listSalespeople();
    }
    return salespeople;
  }

  public List<SavedCriteria> getSavedCriteria() {
    return criteria.listSavedCriteria();
  }

  /** The latest logged segments, newest first, for Reuse Logged Segment. */
  public List<LoggedSegment> getLoggedSegments() {
    return logging.listLogged(new ListRequest(0, 100, "-no")).items();
  }

  /** "No. · name" of the first contacts whose number or name contains what the user typed. */
  public List<String> completeContact(String query) {
    return answers(table("Contact"), query);
  }

  /** The companies (a person's company no.), as {@link #completeContact}. */
  public List<String> completeCompany(String query) {
    return answers(table("Company"), query);
  }

  public List<String> completeCampaign(String query) {
    return answers(table("Campaign"), query);
  }

  public List<String> completeTemplate(String query) {
    return answers(table("Template"), query);
  }

  public List<String> completeSalesperson(String query) {
    return answers(table("Salesperson"), query);
  }

  public List<String> completeMailingGroup(String query) {
    return answers(table("MailingGroup"), query);
  }

  /** The "code · name" of a stored code, as a lookup of that kind shows it; the code alone if unknown. */
  public String label(String kind, String code) {
    Table<?> table = table(kind);
    return answers(table, new ListRequest(0, 1, table.sort()).whereEqual(table.code(), code)).stream().findFirst().orElse(code);
  }

  /** A table a lookup searches: its list, the label of a record, its code and name attributes, its order. */
  private record Table<T>(Function<ListRequest, Page<T>> list, Function<T, String> label, String code, String name, String sort) {}

  private Table<?> table(String kind) {
    return switch (kind) {
      case "Contact" -> new Table<Contact>(contacts::list, c -> c.getNo() + CONTACT_SEPARATOR + c.getName(), "no", "name", "name");
      case "Company" -> new Table<Contact>(r -> contacts.list(r.whereEqual("type", ContactType.COMPANY)),
          c -> c.getNo() + CONTACT_SEPARATOR + c.getName(), "no", "name", "name");
      case "Campaign" -> new Table<Campaign>(campaigns::list, c -> c.getNo() + CONTACT_SEPARATOR + c.getDescription(), "no", "description", "-no");
      case "Template" -> new Table<InteractionTemplate>(templates::list, t -> t.getCode() + CONTACT_SEPARATOR + t.getDescription(),
          "code", "description", "code");
      case "Salesperson" -> new Table<Salesperson>(codes::listSalespeople, s -> s.getCode() + CONTACT_SEPARATOR + s.getName(),
          "code", "name", "code");
      case "MailingGroup" -> new Table<CodeEntry>(r -> searched(codes("MAILING_GROUP"), r),
          e -> e.getCode() + CONTACT_SEPARATOR + e.getDescription(), "code", "description", "code");
      default -> throw new IllegalArgumentException("Unknown lookup " + kind);
    };
  }

  /** A small code table, read once per request, searched as the database would: code equal, text contained. */
  private static Page<CodeEntry> searched(List<CodeEntry> entries, ListRequest request) {
    List<CodeEntry> found = entries.stream().filter(e -> request.criteria().stream().allMatch(c -> {
      String value = "code".equals(c.field()) ? e.getCode() : e.getDescription();
      String asked = String.valueOf(c.value());
      return c.operator() == Operator.EQUAL ? asked.equals(value)
          : value != null && value.toLowerCase(Locale.ROOT).contains(asked.toLowerCase(Locale.ROOT));
    })).limit(request.size()).toList();
    return new Page<>(found, found.size());
  }

  /**
   * The first answers whose code, then whose name, contains the query (blank: the first records):
   * at most two bounded queries with bound values, each answered from an index (on contacts,
   * the trigram indexes of their number and name).
   */
  private static <T> List<String> answers(Table<T> table, String query) {
    String text = query == null ? "" : query.strip();
    Set<String> found = new LinkedHashSet<>();
    for (String field : text.isEmpty() ? List.of(table.code()) : List.of(table.code(), table.name())) {
      if (found.size() < ANSWERS) {
        ListRequest request = new ListRequest(0, ANSWERS, table.sort());
        found.addAll(answers(table, text.isEmpty() ? request : request.where(field, Operator.CONTAINS, text)));
      }
    }
    return found.stream().limit(ANSWERS).toList();
  }

  private static <T> List<String> answers(Table<T> table, ListRequest request) {
    return table.list().apply(request).items().stream().map(table.label()).toList();
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
