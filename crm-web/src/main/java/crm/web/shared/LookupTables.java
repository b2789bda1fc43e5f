package crm.web.shared;

import crm.domain.campaign.Campaign;
import crm.domain.contact.Contact;
import crm.domain.contact.ContactType;
import crm.domain.interaction.InteractionTemplate;
import crm.domain.setup.CodeEntry;
import crm.domain.setup.CodeTable;
import crm.domain.setup.Salesperson;
import crm.service.campaign.CampaignService;
import crm.service.contact.ContactService;
import crm.service.interaction.InteractionTemplateService;
import crm.service.setup.CodeService;
import crm.service.setup.SalespersonService;
import crm.service.shared.ListRequest;
import crm.service.shared.ListRequest.Operator;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The search behind {@link Lookups}: the tables that grow, each searched by its code then its
 * name with bounded queries, so a lookup answers a few "code · name" lines whatever the table's
 * size (issue 13: a card with 1,000 campaigns in its drop-downs took seconds to draw).
 */
@RequestScoped
public class LookupTables {

  /** How many answers a lookup shows (its drop-down button shows the first ones). */
  static final int ANSWERS = 10;
  private static final String SEPARATOR = Lookups.CONTACT_SEPARATOR;

  @Inject private CodeService codes;
  @Inject private SalespersonService salespeople;
  @Inject private InteractionTemplateService templates;
  @Inject private CampaignService campaigns;
  @Inject private ContactService contacts;
  private List<CodeEntry> mailingGroups;

  /** A table a lookup searches: its list, the label of a record, its code and name attributes, its order. */
  private record Table<T>(Function<ListRequest, Page<T>> list, Function<T, String> label, String code, String name, String sort) {}

  /**
   * The first answers whose code, then whose name, contains the query (blank: the first records):
   * at most two bounded queries with bound values, each answered from an index (on contacts,
   * the trigram indexes of their number and name).
   */
  List<String> answers(String kind, String query) {
    Table<?> table = table(kind);
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

  /** The "code · name" of a stored code; the code alone if unknown. */
  String label(String kind, String code) {
    Table<?> table = table(kind);
    return answers(table, new ListRequest(0, 1, table.sort()).whereEqual(table.code(), code)).stream().findFirst().orElse(code);
  }

  private Table<?> table(String kind) {
    return switch (kind) {
      case "Contact" -> new Table<Contact>(contacts::list, c -> c.getNo() + SEPARATOR + c.getName(), "no", "name", "name");
      case "Company" -> new Table<Contact>(r -> contacts.list(r.whereEqual("type", ContactType.COMPANY)),
          c -> c.getNo() + SEPARATOR + c.getName(), "no", "name", "name");
      case "Campaign" -> new Table<Campaign>(campaigns::list, c -> c.getNo() + SEPARATOR + c.getDescription(), "no", "description", "-no");
      case "Template" -> new Table<InteractionTemplate>(templates::list, t -> t.getCode() + SEPARATOR + t.getDescription(),
          "code", "description", "code");
      case "Salesperson" -> new Table<Salesperson>(salespeople::listSalespeople, s -> s.getCode() + SEPARATOR + s.getName(),
          "code", "name", "code");
      case "MailingGroup" -> new Table<CodeEntry>(this::searchMailingGroups,
          e -> e.getCode() + SEPARATOR + e.getDescription(), "code", "description", "code");
      default -> throw new IllegalArgumentException("Unknown lookup " + kind);
    };
  }

  /** A small code table, read once per request, searched as the database would: code equal, text contained. */
  private Page<CodeEntry> searchMailingGroups(ListRequest request) {
    if (mailingGroups == null) {
      mailingGroups = codes.list(CodeTable.MAILING_GROUP);
    }
    List<CodeEntry> found = mailingGroups.stream().filter(e -> request.criteria().stream().allMatch(c -> {
      String value = "code".equals(c.field()) ? e.getCode() : e.getDescription();
      String asked = String.valueOf(c.value());
      return c.operator() == Operator.EQUAL ? asked.equals(value)
          : value != null && value.toLowerCase(Locale.ROOT).contains(asked.toLowerCase(Locale.ROOT));
    })).limit(request.size()).toList();
    return new Page<>(found, found.size());
  }

  private static <T> List<String> answers(Table<T> table, ListRequest request) {
    return table.list().apply(request).items().stream().map(table.label()).toList();
  }
}
