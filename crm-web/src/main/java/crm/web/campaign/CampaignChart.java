package crm.web.campaign;

import crm.domain.campaign.CampaignStatistics;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The bar chart of a campaign's statistics (F-12) as the Chart.js configuration that p:chart
 * draws: target contacts contacted, contacts that responded, interactions. Labels in the user's
 * language.
 */
@Named
@RequestScoped
public class CampaignChart {

  public String config(CampaignStatistics statistics) {
    JsonArrayBuilder labels = Json.createArrayBuilder()
        .add(Feedback.text("campaign.stat.targets"))
        .add(Feedback.text("campaign.stat.responded"))
        .add(Feedback.text("campaign.stat.interactions"));
    JsonArrayBuilder values = Json.createArrayBuilder()
        .add(statistics.targetContactsContacted())
        .add(statistics.contactsResponded())
        .add(statistics.noOfInteractions());
    var dataset = Json.createObjectBuilder()
        .add("label", Feedback.text("campaign.chart.contacts"))
        .add("data", values)
        .add("backgroundColor", Json.createArrayBuilder().add("#3b82f6").add("#10b981").add("#f59e0b"))
        .add("borderRadius", 4)
        .add("maxBarThickness", 48);
    var options = Json.createObjectBuilder()
        .add("indexAxis", "y")
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("plugins", Json.createObjectBuilder()
            .add("legend", Json.createObjectBuilder().add("display", false)))
        .add("scales", Json.createObjectBuilder()
            .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", options)
        .build().toString();
  }
}
