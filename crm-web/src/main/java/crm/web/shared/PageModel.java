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
 * equality, their filter text converted (for enums or booleans).
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
    return (int) source.apply(request).total();
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ListRequest request = request(first / Math.max(pageSize, 1), pageSize, sort(sortBy), filterBy);
    Page<T> page = source.apply(request);
    setRowCount((int) page.total());
    countedCriteria = request.criteria().toString();
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return null;
  }

  private ListRequest request(int page, int size, String sort, Map<String, FilterMeta> filterBy) {
    ListRequest request = new ListRequest(page, Math.min(Math.max(size, 1), ListRequest.MAX_SIZE), sort);
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
