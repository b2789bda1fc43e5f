package crm.service.contact;

import crm.domain.contact.Contact;
import crm.domain.security.Roles;
import crm.service.shared.ListRequest;
import crm.service.shared.ListRequest.Criterion;
import crm.service.shared.Listing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Contact export (F-04): contacts as a CSV file in the import's format ({@link ContactColumn}),
 * so that an export imports again, cells a spreadsheet would run as formulas neutralised. Written
 * page by page in the contact number's order (each page's codes and companies in one query
 * each), so that memory stays flat whatever the number of contacts.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class ContactExportService {

  /** The contacts after a number (all from the first when null), in number order, at most {@code size}. */
  @FunctionalInterface
  public interface Pages {
    List<Contact> after(String no, int size);
  }

  private static final int PAGE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private ContactService contacts;

  /** The contacts of the list that match the criteria (the contacts list's filters). */
  public void export(List<Criterion> criteria, OutputStream out) {
    export((no, size) -> {
      ListRequest request = new ListRequest(0, size, "no");
      criteria.forEach(c -> request.where(c.field(), c.operator(), c.value()));
      return new Listing<>(em, Contact.class, "no").list(no == null ? request : request.after(no)).items();
    }, out);
  }

  /** The contacts the pages answer. */
  public void export(Pages pages, OutputStream out) {
    try {
      OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, ContactCsv.EXPORT);
      printer.printRecord(headers());
      String last = null;
      for (List<Contact> page = pages.after(null, PAGE); !page.isEmpty(); page = pages.after(last, PAGE)) {
        print(printer, page);
        last = page.get(page.size() - 1).getNo();
        em.clear();
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> headers() {
    return java.util.Arrays.stream(ContactColumn.values()).filter(c -> c.imported() || c == ContactColumn.NO)
        .map(ContactColumn::header).toList();
  }

  private void print(CSVPrinter printer, List<Contact> page) throws IOException {
    List<String> nos = page.stream().map(Contact::getNo).toList();
    Map<String, Map<String, List<String>>> codes = new HashMap<>();
    em.createQuery("select c.no, k.codeTable, k.code from Contact c join c.codes k where c.no in :nos"
        + " order by k.code", Object[].class).setParameter("nos", nos).getResultList()
        .forEach(row -> codes.computeIfAbsent((String) row[0], no -> new HashMap<>())
            .computeIfAbsent(row[1].toString(), table -> new ArrayList<>()).add((String) row[2]));
    Map<String, String> companies = contacts.names(page.stream().map(Contact::getCompanyNo)
        .filter(no -> no != null).toList());
    for (Contact c : page) {
      Map<String, List<String>> own = codes.getOrDefault(c.getNo(), Map.of());
      List<String> cells = new ArrayList<>(List.of(c.getNo(), c.getType().name(), c.getName()));
      cells.addAll(nullable(c.getFirstName(), c.getSurname(), c.getCompanyNo() == null ? null : companies.get(c.getCompanyNo()), c.getAddress(),
          c.getAddress2(), c.getPostCode(), c.getCity(), c.getCountryCode(), c.getLanguageCode(),
          c.getSalespersonCode(), c.getEmail(), c.getPhone()));
      for (ContactColumn column : ContactColumn.values()) {
        if (column.codeTable() != null) {
          cells.add(ContactCsv.codeList(own.getOrDefault(column.codeTable().name(), List.of())));
        }
      }
      printer.printRecord(cells.stream().map(SpreadsheetFormulas::neutralised));
    }
  }

  private static List<String> nullable(String... values) {
    return java.util.Arrays.stream(values).map(v -> v == null ? "" : v).toList();
  }
}
