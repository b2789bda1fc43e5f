package crm.service.email;

/**
 * How one email template did (F-57): emails sent from it in the period, how many of them a person
 * opened (or clicked, or downloaded from) and how many were answered. Rates are null without sends.
 */
public record TemplateRank(String templateCode, String description, long sends, long opened, long replied) {

  public Double openRate() {
    return sends == 0 ? null : (double) opened / sends;
  }

  public Double replyRate() {
    return sends == 0 ? null : (double) replied / sends;
  }
}
