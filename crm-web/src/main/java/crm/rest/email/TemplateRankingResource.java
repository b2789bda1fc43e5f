package crm.rest.email;

import crm.service.email.TemplateRank;
import crm.service.email.TemplateRanking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The email templates ranked by human open and reply rates over the last 90 days (F-57), best first. */
@Path("emails/template-ranking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TemplateRankingResource {

  /** One template's line: rates from 0 to 1, null when nothing was sent from it. */
  public record TemplateRankDto(String templateCode, String description, long sends, Double openRate,
      Double replyRate) {}

  @Inject private TemplateRanking ranking;

  @GET
  public List<TemplateRankDto> list() {
    return ranking.lastNinetyDays().stream()
        .map((TemplateRank r) -> new TemplateRankDto(r.templateCode(), r.description(), r.sends(), r.openRate(),
            r.replyRate()))
        .toList();
  }
}
