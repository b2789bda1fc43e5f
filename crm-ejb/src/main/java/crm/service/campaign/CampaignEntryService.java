package crm.service.campaign;

import crm.domain.campaign.CampaignEntry;
import crm.domain.security.Roles;
import crm.domain.shared.ConflictException;
import crm.domain.shared.UnknownRecordException;
import crm.service.shared.ListRequest;
import crm.service.shared.Listing;
import crm.service.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The entries of campaigns (F-11, F-13): listed, canceled with their interactions, deleted once canceled. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON, Roles.BATCH_ADMIN})
public class CampaignEntryService {

  @PersistenceContext private EntityManager em;
  @Inject private CampaignService campaigns;

  /** The campaign entries of all campaigns (F-13), newest first unless sorted otherwise. */
  public Page<CampaignEntry> allEntries(ListRequest request) {
    return new Listing<>(em, CampaignEntry.class, "-entryNo").list(request);
  }

  public Page<CampaignEntry> entries(String campaignNo, ListRequest request) {
    campaigns.get(campaignNo);
    return new Listing<>(em, CampaignEntry.class, "entryNo")
        .list(request.whereEqual("campaignNo", campaignNo));
  }

  /** Cancels a campaign entry, with the interaction log entries of its logged segment. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
  public CampaignEntry cancelEntry(long entryNo) {
    CampaignEntry entry = getEntry(entryNo);
    if (entry.isCanceled()) {
      throw new ConflictException("campaignEntry.alreadyCanceled", entryNo);
    }
    entry.setCanceled(true);
    new CampaignEntryInteractions(em).cancelOf(entryNo);
    return entry;
  }

  /** Deletes the canceled entries of a campaign and their interactions ("Delete canceled campaign entries"). */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public int deleteCanceledEntries(String campaignNo) {
    campaigns.get(campaignNo);
    new CampaignEntryInteractions(em).deleteOfCanceledEntries(campaignNo);
    return em.createNativeQuery("delete from campaign_entry where campaign_no = ?1 and canceled = true")
        .setParameter(1, campaignNo)
        .executeUpdate();
  }

  /** Deletes one entry and its interactions; only a canceled entry may be deleted. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER})
  public void deleteEntry(long entryNo) {
    CampaignEntry entry = getEntry(entryNo);
    entry.checkDeletable();
    new CampaignEntryInteractions(em).deleteOf(entryNo);
    em.remove(entry);
  }

  private CampaignEntry getEntry(long entryNo) {
    return Optional.ofNullable(em.find(CampaignEntry.class, entryNo))
        .orElseThrow(() -> new UnknownRecordException("campaignEntry.unknown", entryNo));
  }
}
