package crm.domain.interaction;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The interaction log's figures per interaction template and per interaction group (F-33): no. of
 * interactions, cost and duration of the entries that count (neither canceled nor postponed).
 * Both views come from the same rows, one per template and group, as one grouped query reads them.
 */
public record InteractionStatistics(List<Figures> byTemplate, List<Figures> byGroup) {

  /** The figures of one template or group; {@code code} is null for the entries without one. */
  public record Figures(String code, long noOfInteractions, BigDecimal cost, BigDecimal duration) {

    Figures plus(Figures other) {
      return new Figures(code, noOfInteractions + other.noOfInteractions, cost.add(other.cost),
          duration.add(other.duration));
    }
  }

  /** One row of the grouped query: a template and group pair with its figures. */
  public record Row(String templateCode, String groupCode, long noOfInteractions, BigDecimal cost, BigDecimal duration) {}

  public static InteractionStatistics of(List<Row> rows) {
    return new InteractionStatistics(sum(rows, Row::templateCode), sum(rows, Row::groupCode));
  }

  private static List<Figures> sum(List<Row> rows, Function<Row, String> key) {
    Map<String, Figures> figures = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (Row row : rows) {
      String code = key.apply(row);
      figures.merge(code, new Figures(code, row.noOfInteractions(), row.cost(), row.duration()), Figures::plus);
    }
    return List.copyOf(figures.values());
  }
}
