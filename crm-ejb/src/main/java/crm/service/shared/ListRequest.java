package crm.service.shared;

import java.time.LocalDate;
import java.time.ZoneId;

import crm.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a list asks for: a page (0-based), a page size, a sort ({@code field} or {@code -field}
 * for descending) and criteria on entity attributes. Field names are checked against the
 * entity by {@link Listing}; callers decide which fields they expose. The page next to one
 * already shown is asked for by the key of its boundary row ({@link #after}, {@link #before}):
 * the database then skips nothing, however far the list has been paged. Counting stops above
 * {@value #COUNT_LIMIT} rows unless the exact count is asked for.
 */
public final class ListRequest {

  /** How a criterion compares. */
  /** How a criterion compares; PRESENT takes true (the attribute has a value) or false (it has none). */
  public enum Operator { EQUAL, AT_LEAST, AT_MOST, CONTAINS, PRESENT }

  /** One criterion on an entity attribute. */
  public record Criterion(String field, Operator operator, Object value) {}

  public static final int MAX_SIZE = 500;
  /** Above this many matching rows a list says "more than" unless asked to count exactly. */
  public static final int COUNT_LIMIT = 10_000;
  private final int page;
  private final int size;
  private final String sort;
  private final List<Criterion> criteria = new ArrayList<>();
  private boolean exactCount;
  private Object after;
  private Object before;

  public ListRequest(Integer page, Integer size, String sort) {
    this.page = page == null ? 0 : page;
    this.size = size == null ? 50 : size;
    this.sort = sort;
    if (this.page < 0) {
      throw new InvalidInputException("list.badPage", this.page);
    }
    if (this.size < 1 || this.size > MAX_SIZE) {
      throw new InvalidInputException("list.badSize", this.size, MAX_SIZE);
    }
  }

  /** Adds a criterion unless the value is null (an absent filter). */
  public ListRequest where(String field, Operator operator, Object value) {
    if (value != null) {
      criteria.add(new Criterion(field, operator, value));
    }
    return this;
  }

  /** A timestamp field (LocalDateTime) within the days from {@code first} to {@code last}, each bound optional. */
  public ListRequest withinDays(String field, LocalDate first, LocalDate last) {
    where(field, Operator.AT_LEAST, first == null ? null : first.atStartOfDay());
    return where(field, Operator.AT_MOST, last == null ? null : last.plusDays(1).atStartOfDay().minusNanos(1000));
  }

  /** An instant field within the days from {@code first} to {@code last} of the zone, each bound optional. */
  public ListRequest withinDays(String field, LocalDate first, LocalDate last, ZoneId zone) {
    where(field, Operator.AT_LEAST, first == null ? null : first.atStartOfDay(zone).toInstant());
    return where(field, Operator.AT_MOST, last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000));
  }

  public ListRequest whereEqual(String field, Object value) {
    return where(field, Operator.EQUAL, value);
  }

  /** Counts every matching row, however many (a count of a million rows is not free). */
  public ListRequest countExactly() {
    exactCount = true;
    return this;
  }

  /** The page that follows the row of this key (the default sort's attribute), if it still exists. */
  public ListRequest after(Object key) {
    after = key;
    return oneBoundary();
  }

  /** The page that precedes the row of this key, if it still exists. */
  public ListRequest before(Object key) {
    before = key;
    return oneBoundary();
  }

  private ListRequest oneBoundary() {
    if (after != null && before != null) {
      throw new InvalidInputException("list.twoBoundaries");
    }
    return this;
  }

  public int page() { return page; }
  public int size() { return size; }
  public String sort() { return sort; }
  public List<Criterion> criteria() { return List.copyOf(criteria); }
  public boolean exactCount() { return exactCount; }
  public Object after() { return after; }
  public Object before() { return before; }
}
