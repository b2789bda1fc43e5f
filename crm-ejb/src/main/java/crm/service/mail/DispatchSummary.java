package crm.service.mail;

import java.util.EnumMap;
import java.util.Map;

/** What one dispatcher run did, for logs and the timer console (F-61). */
public record DispatchSummary(Map<DeliveryOutcome, Integer> outcomes) {

  public DispatchSummary {
    outcomes = Map.copyOf(outcomes);
  }

  static DispatchSummary of(Iterable<DeliveryOutcome> deliveries) {
    Map<DeliveryOutcome, Integer> counts = new EnumMap<>(DeliveryOutcome.class);
    deliveries.forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
    return new DispatchSummary(counts);
  }

  public int count(DeliveryOutcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }

  /** Messages this run claimed. */
  public int total() {
    return outcomes.values().stream().mapToInt(Integer::intValue).sum();
  }
}
