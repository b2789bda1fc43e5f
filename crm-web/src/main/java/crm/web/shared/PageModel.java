package crm.web.shared;

import crm.service.shared.ListRequest;
import crm.service.shared.ListRequest.Operator;
import crm.service.shared.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table (F-71) over a service's paged list: the page, the sort and the column filters go
 * to the database. Text filters match "contains"; the fields given as exact compare for
 * equality, their filter text converted (for enums or booleans). Above {@link
 * ListRequest#COUNT_LIMIT} rows the count says "more" until the user asks for the exact count;
 * paged {@link #byKey by key}, next and previous read after the shown page's boundary row, and
 * the table lets the user page on past the counted rows.
 */
public class PageModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The service's list. */
  public interface Source<T> extends Function<ListRequest, Page<T>>, Serializable {}

  /** The row's key. */
  public interface RowKey<T> extends Function<T, String>, Serializable {}

  /** Converts a filter's text to the attribute's type. */
  public interface Exact extends Function<String, Object>, Serializable {}

  private final Source<T> source;
  private final RowKey<T> key;
  private final Map<String, Exact> exact;
  /** The criteria of the last page loaded, whose count is the row count. */
  private String countedCriteria;
  private boolean byKey;
  private boolean exactCount;
  private boolean totalExact = true;
  /** The filters of the last page loaded, for an export of what the table shows. */
  private transient List<ListRequest.Criterion> criteria = List.of();
  /** The last page loaded: its first row, its size, its sort and criteria, its first and last keys. */
  private Shown shown;

  private record Shown(int first, int size, String query, String firstKey, String lastKey) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public PageModel(Source<T> source, RowKey<T> key, Map<String, Exact> exact) {
    this.source = source;
    this.key = key;
    this.exact = Map.copyOf(exact);
  }

  /**
   * The table asks before loading a page other than the first; with the filters of the page
   * shown, the count that came with it answers (a count of a million rows is not free).
   */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    ListRequest request = request(0, 1, null, filterBy);
    if (request.criteria().toString().equals(countedCriteria)) {
      return getRowCount();
    }
    Page<T> page = source.apply(request);
    totalExact = page.totalExact();
    return (int) page.total();
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sort = sort(sortBy);
    ListRequest request = request(first / Math.max(pageSize, 1), pageSize, sort, filterBy);
    String query = sort + request.criteria();
    if (byKey && shown != null && shown.query().equals(query) && shown.size() == pageSize) {
      if (first == shown.first() + pageSize) {
        request.after(shown.lastKey());
      } else if (first == shown.first() - pageSize) {
        request.before(shown.firstKey());
      }
    }
    Page<T> page = source.apply(request);
    List<T> items = page.items();
    totalExact = page.totalExact();
    boolean more = !totalExact && items.size() == pageSize;
    setRowCount((int) Math.max(page.total(), first + items.size() + (more ? 1 : 0)));
    countedCriteria = request.criteria().toString();
    criteria = request.criteria();
    shown = items.isEmpty() ? null
        : new Shown(first, pageSize, query, key.apply(items.get(0)), key.apply(items.get(items.size() - 1)));
    return items;
  }

  /**
   * Pages next and previous by key: for a list whose row key is the list's key (the service's
   * default sort attribute), so that paging far costs what the first pages do.
   */
  public PageModel<T> byKey() {
    byKey = true;
    return this;
  }

  /** Counts the rows exactly from now on, however many (the user asked). */
  public void countExactly() {
    exactCount = true;
    countedCriteria = null;
  }

  /** Whether the row count is exact; if not, more than {@link #getCountLimit()} rows match. */
  public boolean isTotalExact() {
    return totalExact;
  }

  /** The table's filters as it shows them now (none before its first page). */
  public List<ListRequest.Criterion> getCriteria() {
    return criteria == null ? List.of() : criteria;
  }

  public int getCountLimit() {
    return ListRequest.COUNT_LIMIT;
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  /** The row of this key among the page shown (the row the user selected). */
  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null ? null : rows.stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
  }

  private ListRequest request(int page, int size, String sort, Map<String, FilterMeta> filterBy) {
    ListRequest request = new ListRequest(page, Math.min(Math.max(size, 1), ListRequest.MAX_SIZE), sort);
    if (exactCount) {
      request.countExactly();
    }
    for (FilterMeta filter : filterBy.values()) {
      Object value = filter.getFilterValue();
      if (value == null || value.toString().isBlank()) {
        continue;
      }
      String field = filter.getField();
      Exact converter = exact.get(field);
      if (converter != null) {
        request.whereEqual(field, converter.apply(value.toString()));
      } else {
        request.where(field, Operator.CONTAINS, value.toString().trim());
      }
    }
    return request;
  }

  private static String sort(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(s -> s.getOrder() != SortOrder.UNSORTED)
        .findFirst()
        .map(s -> (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField())
        .orElse(null);
  }
}
