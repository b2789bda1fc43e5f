package crm.web.campaign;

import crm.domain.campaign.CampaignStatistics;
import crm.domain.email.EmailStatistics;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The bar charts of a campaign's statistics (F-12) as the Chart.js configuration that p:chart
 * draws: target contacts contacted, contacts that responded, interactions; and its emails: sent,
 * opened, clicked and replied to by a person, and machine events apart (F-53). Labels in the
 * user's language.
 */
@Named
@RequestScoped
public class CampaignChart {

  public String config(CampaignStatistics statistics) {
    return bars("campaign.chart.contacts",
        new String[] {"campaign.stat.targets", "campaign.stat.responded", "campaign.stat.interactions"},
        new long[] {statistics.targetContactsContacted(), statistics.contactsResponded(), statistics.noOfInteractions()},
        new String[] {"#3b82f6", "#10b981", "#f59e0b"});
  }

  public String emailConfig(EmailStatistics statistics) {
    return bars("campaign.chart.emails",
        new String[] {"campaign.stat.emailsSent", "campaign.stat.emailsOpened", "campaign.stat.emailsClicked",
            "campaign.stat.emailsReplied", "campaign.stat.machineEvents"},
        new long[] {statistics.emailsSent(), statistics.emailsOpened(), statistics.emailsClicked(),
            statistics.emailsReplied(), statistics.machineEvents()},
        new String[] {"#3b82f6", "#10b981", "#8b5cf6", "#f59e0b", "#9ca3af"});
  }

  private static String bars(String title, String[] labelKeys, long[] counts, String[] colours) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder backgrounds = Json.createArrayBuilder();
    for (int i = 0; i < labelKeys.length; i++) {
      labels.add(Feedback.text(labelKeys[i]));
      values.add(counts[i]);
      backgrounds.add(colours[i]);
    }
    var dataset = Json.createObjectBuilder()
        .add("label", Feedback.text(title))
        .add("data", values)
        .add("backgroundColor", backgrounds)
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
