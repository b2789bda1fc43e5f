package crm.service.campaign;

import jakarta.persistence.EntityManager;

/**
 * The interaction log entries that campaign entries stand for (F-11): those of the entry's logged
 * segment in its campaign, or the single interaction that made it. Canceling or deleting campaign
 * entries does the same to these, as Business Central does, in one statement each.
 */
final class CampaignEntryInteractions {

  /** The entry nos. of the interactions of the campaign entries {@code ce} chosen by {@code where}. */
  private static String entriesOf(String where) {
    return "select e.entry_no from campaign_entry ce join interaction_log_entry e"
        + " on e.logged_segment_no = ce.logged_segment_no and e.campaign_no = ce.campaign_no where " + where
        + " union all select e.entry_no from campaign_entry ce join interaction_log_entry e"
        + " on e.campaign_entry_no = ce.entry_no where " + where;
  }

  private final EntityManager em;

  CampaignEntryInteractions(EntityManager em) {
    this.em = em;
  }

  void cancelOf(long campaignEntryNo) {
    em.createNativeQuery("update interaction_log_entry set canceled = true where entry_no in ("
            + entriesOf("ce.entry_no = ?1") + ")")
        .setParameter(1, campaignEntryNo).executeUpdate();
  }

  void deleteOf(long campaignEntryNo) {
    em.createNativeQuery("delete from interaction_log_entry where canceled and entry_no in ("
            + entriesOf("ce.entry_no = ?1") + ")")
        .setParameter(1, campaignEntryNo).executeUpdate();
  }

  /** Deletes the canceled interactions of the canceled entries of a campaign. */
  void deleteOfCanceledEntries(String campaignNo) {
    em.createNativeQuery("delete from interaction_log_entry where canceled and entry_no in ("
            + entriesOf("ce.campaign_no = ?1 and ce.canceled") + ")")
        .setParameter(1, campaignNo).executeUpdate();
  }
}
