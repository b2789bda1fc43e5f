package crm.web.home;

import crm.service.interaction.InteractionLogService.CampaignMonth;
import crm.web.shared.Feedback;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The manager's chart of the campaigns' interactions and responses per month, as the Chart.js
 * configuration that p:chart draws: one point per month of the period, months without any
 * interaction at zero, month names in the user's language.
 */
final class CampaignTrendChart {

  private CampaignTrendChart() {}

  static String config(List<CampaignMonth> months, YearMonth first, YearMonth last) {
    Map<YearMonth, CampaignMonth> byMonth = months.stream().collect(Collectors.toMap(CampaignMonth::month, Function.identity()));
    DateTimeFormatter name = DateTimeFormatter.ofPattern("MMM yyyy", Feedback.locale());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder interactions = Json.createArrayBuilder();
    JsonArrayBuilder responses = Json.createArrayBuilder();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      CampaignMonth figures = byMonth.getOrDefault(month, new CampaignMonth(month, 0, 0));
      labels.add(name.format(month));
      interactions.add(figures.interactions());
      responses.add(figures.responses());
    }
    var options = Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("scales", Json.createObjectBuilder()
            .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder()
                .add(line("home.chart.interactions", interactions, "#1769aa"))
                .add(line("home.chart.responses", responses, "#0f7b55"))))
        .add("options", options)
        .build().toString();
  }

  private static jakarta.json.JsonObjectBuilder line(String labelKey, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", Feedback.text(labelKey))
        .add("data", values)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("tension", 0.25);
  }
}
