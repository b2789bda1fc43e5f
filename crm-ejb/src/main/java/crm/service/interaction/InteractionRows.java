package crm.service.interaction;

import crm.domain.interaction.Evaluation;
import crm.domain.interaction.InteractionLogEntry;
import crm.domain.interaction.SingleInteraction;
import crm.service.shared.Sql;
import java.sql.Connection;

/**
 * Writes one interaction log entry, and its campaign entry unless postponed, with the contact's
 * company and the template's interaction group read in the same statement.
 */
final class InteractionRows {

  private final Sql sql;

  InteractionRows(Connection connection) {
    this.sql = new Sql(connection);
  }

  long insert(String contactNo, SingleInteraction v, boolean postponed, String user) {
    long entryNo = sql.number("select nextval('interaction_log_entry_seq')");
    Long campaignEntryNo = !postponed && v.campaignNo() != null ? sql.number("select nextval('campaign_entry_seq')") : null;
    sql.update("insert into interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time,"
        + " interaction_template_code, interaction_group_code, description, subject, language_code, correspondence_type,"
        + " salesperson_code, campaign_no, campaign_target, campaign_response, cost, duration, information_flow,"
        + " initiated_by, evaluation, postponed, attempt_failed, user_id, campaign_entry_no)"
        + " select ?, c.no, c.company_no, ?, ?, t.code, t.interaction_group_code, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " coalesce(?, 0), coalesce(?, 0), ?, ?, ?, ?, ?, ?, ?"
        + " from contact c, interaction_template t where c.no = ? and t.code = ?",
        entryNo, v.date(), v.time(), v.description(), v.subject(), v.languageCode(), name(v.correspondenceType()),
        v.salespersonCode(), v.campaignNo(), Boolean.TRUE.equals(v.campaignTarget()),
        Boolean.TRUE.equals(v.campaignResponse()), v.cost(), v.duration(), name(v.informationFlow()),
        name(v.initiatedBy()), name(v.evaluation()), postponed, v.attemptFailed(), user, campaignEntryNo, contactNo,
        v.templateCode());
    if (campaignEntryNo != null) {
      sql.update("insert into campaign_entry (entry_no, campaign_no, entry_date, description, interaction_template_code,"
          + " salesperson_code, no_of_interactions, cost, duration, user_id)"
          + " values (?, ?, ?, ?, ?, ?, 1, coalesce(?, 0), coalesce(?, 0), ?)",
          campaignEntryNo, v.campaignNo(), v.date(), v.description(), v.templateCode(), v.salespersonCode(), v.cost(), v.duration(), user);
    }
    return entryNo;
  }

  /** What a postponed entry keeps, to resume it. */
  static SingleInteraction valuesOf(InteractionLogEntry e) {
    return new SingleInteraction(e.getInteractionTemplateCode(), e.getDescription(), e.getSubject(), e.getLanguageCode(),
        e.getCorrespondenceType(), e.getEvaluation() == null ? null : Evaluation.valueOf(e.getEvaluation()),
        e.isAttemptFailed(), e.getSalespersonCode(), e.getCampaignNo(), e.isCampaignTarget(), e.isCampaignResponse(),
        e.getCost(), e.getDuration(), e.getInformationFlow(), e.getInitiatedBy(), e.getDate(), e.getTime());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
