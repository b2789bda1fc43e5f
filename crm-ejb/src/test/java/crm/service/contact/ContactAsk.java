package crm.service.contact;

import crm.domain.contact.ContactType;
import crm.service.shared.ListRequest;
import crm.service.shared.ListRequest.Operator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One request of the contacts list in {@link ContactLoadBenchmark}'s mix, as a user of the page
 * or of the REST API makes it: 25 rows, a sort, at most one filter, and either a page number or
 * the key of the row the page follows or precedes. Turned into a {@link ListRequest} for the
 * service, or into the SQL a hand-written list would run (bare JDBC).
 */
record ContactAsk(String kind, String sort, String field, Operator operator, Object value,
    String after, String before, int page) {

  private static final int ROWS = 25;
  private static final String[] COUNTRIES = {"DE", "FR", "GB", "US", "NL", "BE"};
  private static final Map<String, String> COLUMNS = Map.of("no", "no", "name", "name", "city", "city",
      "email", "email", "type", "type", "countryCode", "country_code", "salespersonCode", "salesperson_code");

  /** The next request of the mix: a fifth first pages, a fifth sorted, filtered, filter + sort, far. */
  static ContactAsk random(Random random, int contacts) {
    String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
    String salesperson = "SP0" + (1 + random.nextInt(5));
    int i = 1 + random.nextInt(contacts);
    String contact = "CT" + String.format("%07d", i);
    String itsCountry = COUNTRIES[i % COUNTRIES.length]; // as BenchmarkDatabase.insertContacts gives it
    return switch (random.nextInt(10)) {
      case 0, 1 -> new ContactAsk("first page", null, null, null, null, null, null, 0);
      case 2, 3 -> new ContactAsk("sorted", pick(random, "name", "-name", "city", "-email"), null, null, null, null, null, 0);
      case 4 -> new ContactAsk("filtered", null, "countryCode", Operator.EQUAL, country, null, null, 0);
      case 5 -> new ContactAsk("filtered (name contains)", null, "name", Operator.CONTAINS,
          "surname" + (1 + random.nextInt(contacts)), null, null, 0);
      case 6 -> new ContactAsk("filter + other sort", "name", "countryCode", Operator.EQUAL, country, null, null, 0);
      case 7 -> new ContactAsk("filter + other sort", "-name", "salespersonCode", Operator.EQUAL, salesperson, null, null, 0);
      case 8 -> random.nextBoolean()
          ? new ContactAsk("far page, next by key", pick(random, null, "name", "-name", "city"), null, null, null, contact, null, 0)
          // the page before a row the filtered list shows: a contact of that country
          : new ContactAsk("far page, previous by key", pick(random, null, "name", "city"), "countryCode", Operator.EQUAL,
              itsCountry, null, contact, 0);
      default -> new ContactAsk("jump to page 400", pick(random, null, "name"),
          random.nextBoolean() ? "type" : null, Operator.EQUAL, ContactType.PERSON, null, null, ListRequest.COUNT_LIMIT / ROWS - 1);
    };
  }

  private static String pick(Random random, String... sorts) {
    return sorts[random.nextInt(sorts.length)];
  }

  ListRequest request() {
    ListRequest request = new ListRequest(page, ROWS, sort);
    if (field != null) {
      request.where(field, operator, value);
    }
    return request.after(after).before(before);
  }

  /** The same list as SQL: a count that stops at the limit, then the page; the number of rows. */
  int jdbc(Connection c) throws Exception {
    List<Object> values = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where true");
    if (field != null) {
      where.append(operator == Operator.EQUAL ? " and " + COLUMNS.get(field) + " = ?" : " and lower(" + COLUMNS.get(field) + ") like ?");
      values.add(operator == Operator.EQUAL ? value.toString() : "%" + value + "%");
    }
    try (PreparedStatement count = c.prepareStatement("select count(*) from (select 1 from contact" + where
        + " limit " + (ListRequest.COUNT_LIMIT + 1) + ") t")) {
      bind(count, values);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
      }
    }
    String column = COLUMNS.get(sort == null ? "no" : sort.replace("-", ""));
    boolean descending = (sort != null && sort.startsWith("-")) != (before != null);
    String key = after != null ? after : before;
    if (key != null) {
      String row = column.equals("no") ? "no" : "(" + column + ", no)";
      where.append(" and ").append(row).append(descending ? " < " : " > ")
          .append(column.equals("no") ? "?" : "(select " + column + ", no from contact where no = ?)");
      values.add(key);
    }
    String direction = descending ? " desc" : "";
    String order = column.equals("no") ? "no" + direction : column + direction + ", no" + direction;
    try (PreparedStatement page = c.prepareStatement("select * from contact" + where + " order by " + order
        + " limit " + ROWS + " offset " + (key == null ? this.page * ROWS : 0))) {
      bind(page, values);
      return read(page);
    }
  }

  private static void bind(PreparedStatement statement, List<Object> values) throws Exception {
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }

  private static int read(PreparedStatement page) throws Exception {
    int rows = 0;
    try (ResultSet result = page.executeQuery()) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        for (int i = 1; i <= columns; i++) {
          result.getObject(i);
        }
        rows++;
      }
    }
    return rows;
  }
}
