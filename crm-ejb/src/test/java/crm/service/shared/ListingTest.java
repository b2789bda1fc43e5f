package crm.service.shared;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.contact.Contact;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contacts list as the page and the REST API page it (PostgreSQL, schema {@code
 * <crm.test.db.schema>_listing}): the count stops above its limit unless asked, and paging next
 * and previous by key shows the rows offset paging would, in the same order, page after page,
 * while contacts are added between pages.
 */
class ListingTest {

  private static final BenchmarkDatabase DATABASE = BenchmarkDatabase.forTest("listing");
  private static final int SIZE = 13;
  private static EntityManagerFactory emf;
  private static Connection sql;
  private static int added;

  @BeforeAll
  static void database() throws SQLException {
    DATABASE.recreate();
    sql = DATABASE.connect();
    BenchmarkDatabase.insertContacts(sql, 1, 300);
    execute("update contact set city = null where substr(no, 9) in ('3', '7')");
    Map<String, Object> unit = DATABASE.persistenceUnit();
    unit.put("eclipselink.cache.shared.default", "false");
    emf = Persistence.createEntityManagerFactory("crm", unit);
  }

  @AfterAll
  static void close() throws SQLException {
    emf.close();
    sql.close();
  }

  @Test
  void theCountStopsAboveTheLimitUnlessAskedToCountExactly() throws SQLException {
    long limit = ListRequest.COUNT_LIMIT;
    BenchmarkDatabase.insertContacts(sql, 10_001, 20_000);
    try {
      assertThat(list(numbers("CT0010001", "CT0020000"))).as("exactly the limit")
          .extracting(Page::total, Page::totalExact).containsExactly(limit, true);
      assertThat(list(numbers("CT0000300", "CT0020000"))).as("one more than the limit")
          .extracting(Page::total, Page::totalExact).containsExactly(limit, false);
      assertThat(list(numbers("CT0000300", "CT0020000").countExactly())).as("counted exactly")
          .extracting(Page::total, Page::totalExact).containsExactly(limit + 1, true);
      assertThat(list(new ListRequest(0, 25, "name").whereEqual("salespersonCode", "SP01")))
          .as("a filter with fewer matches").extracting(Page::total, Page::totalExact).containsExactly(2060L, true);
      Page<Contact> far = list(numbers("CT0000300", "CT0020000").after("CT0019990"));
      assertThat(nos(far)).as("paging on past the counted rows").hasSize(10).endsWith("CT0020000");
    } finally {
      execute("delete from contact where no between 'CT0010001' and 'CT0020000'");
    }
  }

  @Test
  void aFirstPageShorterThanItsSizeGivesTheExactCountAndFullerPagesAreCounted() {
    ListRequest surnames = new ListRequest(0, 25, "name").where("name", ListRequest.Operator.CONTAINS, "surname12");
    Page<Contact> all = list(surnames);
    assertThat(nos(all)).as("Surname12 and Surname120 to 129 (121 is a company)").hasSize(10);
    assertThat(all).extracting(Page::total, Page::totalExact).containsExactly(10L, true);
    Page<Contact> full = list(new ListRequest(0, 10, "name").where("name", ListRequest.Operator.CONTAINS, "surname12"));
    assertThat(full).as("a full page is counted").extracting(Page::total, Page::totalExact).containsExactly(10L, true);
    Page<Contact> part = list(new ListRequest(0, 4, "name").where("name", ListRequest.Operator.CONTAINS, "surname12"));
    assertThat(nos(part)).hasSize(4);
    assertThat(part.total()).isEqualTo(10);
    assertThat(list(new ListRequest(0, 25, null).where("name", ListRequest.Operator.CONTAINS, "nobody")))
        .as("nothing found").extracting(page -> page.items().size(), Page::total).containsExactly(0, 0L);
  }

  private static ListRequest numbers(String first, String last) {
    return new ListRequest(0, 25, null).where("no", ListRequest.Operator.AT_LEAST, first)
        .where("no", ListRequest.Operator.AT_MOST, last);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-no", "name", "-name", "city", "-city", "type", "-email"})
  void pagingByKeyShowsTheRowsOfOffsetPagingWhileContactsAreAdded(String sort) throws SQLException {
    assertPagesByKeyMatchOffsets(sort, request -> request);
  }

  @Test
  void pagingByKeyKeepsTheFilters() throws SQLException {
    assertPagesByKeyMatchOffsets("name", request -> request.whereEqual("countryCode", "DE"));
  }

  private void assertPagesByKeyMatchOffsets(String sort, UnaryOperator<ListRequest> criteria) throws SQLException {
    List<String> page = nos(list(criteria.apply(new ListRequest(0, SIZE, sort))));
    int pages = 0;
    while (!page.isEmpty()) {
      addContact(pages);
      List<String> next = nos(list(criteria.apply(new ListRequest(0, SIZE, sort)).after(last(page))));
      assertThat(next).as("page %d after %s by %s", pages + 1, last(page), sort).isEqualTo(byOffset(sort, criteria, last(page), 1));
      if (!next.isEmpty()) {
        addContact(pages + 1000);
        assertThat(nos(list(criteria.apply(new ListRequest(0, SIZE, sort)).before(next.get(0)))))
            .as("the page before %s by %s", next.get(0), sort).isEqualTo(byOffset(sort, criteria, next.get(0), -1));
      }
      page = next;
      pages++;
    }
    assertThat(pages).as("pages walked").isGreaterThan(3);
  }

  /** The rows offset paging shows now from {@code shift} rows after the boundary row, {@link #SIZE} at most. */
  private List<String> byOffset(String sort, UnaryOperator<ListRequest> criteria, String boundary, int shift) {
    List<String> all = new ArrayList<>();
    for (int p = 0; all.size() == p * ListRequest.MAX_SIZE; p++) {
      all.addAll(nos(list(criteria.apply(new ListRequest(p, ListRequest.MAX_SIZE, sort)).countExactly())));
    }
    int at = all.indexOf(boundary);
    assertThat(at).as("the boundary row in the list").isNotNegative();
    return shift > 0 ? all.subList(at + 1, Math.min(at + 1 + SIZE, all.size())) : all.subList(Math.max(at - SIZE, 0), at);
  }

  /**
   * A contact that sorts somewhere among the 300 in every column, or has no city (the walk must
   * end: a contact added after the last row would be the next page's).
   */
  private static void addContact(int step) throws SQLException {
    added++;
    String no = "CT0000" + String.format("%03d", step * 7 % 300) + "X" + added;
    execute("insert into contact (no, type, name, city, country_code, email) values ('" + no + "', '"
        + (added % 2 == 0 ? "PERSON" : "COMPANY") + "', 'First" + (step * 37 % 300) + " Added', "
        + (added % 3 == 0 ? "null" : "'Lyon'") + ", 'DE', 'contact" + (step * 53 % 300) + "@example.org')");
  }

  private static Page<Contact> list(ListRequest request) {
    EntityManager em = emf.createEntityManager();
    try {
      return new Listing<>(em, Contact.class, "no").list(request);
    } finally {
      em.close();
    }
  }

  private static List<String> nos(Page<Contact> page) {
    return page.items().stream().map(Contact::getNo).toList();
  }

  private static String last(List<String> nos) {
    return nos.get(nos.size() - 1);
  }

  private static void execute(String statement) throws SQLException {
    try (Statement s = sql.createStatement()) {
      s.execute(statement);
    }
  }
}
