package crm.web.interaction;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.interaction.InteractionLogEntry;
import crm.service.interaction.InteractionLogService;
import crm.service.letter.LetterService;
import crm.service.shared.ListRequest;
import crm.service.shared.ListRequest.Operator;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import crm.web.contact.ContactNames;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * interaction/log.xhtml: the interaction log entries (F-33), filtered by the bar above the table
 * (also reachable with parameters, e.g. from a logged segment) and by the column filters.
 */
@Named
@ViewScoped
public class InteractionLogBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private InteractionLogService interactions;
  @Inject private LetterService letters;
  private String contactNo;
  private String campaignNo;
  private String segmentNo;
  private String loggedSegmentNo;
  private String templateCode;
  private Boolean canceled;
  private LocalDate from;
  private LocalDate to;
  private PageModel<InteractionLogEntry> model;
  @Inject private ContactNames contactNames;

  @PostConstruct
  void init() {
    model = new PageModel<>(
        request -> contactNames.preload(interactions.list(withBar(request)), InteractionLogEntry::getContactNo),
        entry -> String.valueOf(entry.getEntryNo()),
        Map.of("correspondenceType", CorrespondenceType::valueOf, "canceled", Boolean::valueOf)).byKey();
  }

  private ListRequest withBar(ListRequest request) {
    return request.whereEqual("contactNo", blankToNull(contactNo))
        .whereEqual("campaignNo", blankToNull(campaignNo))
        .whereEqual("segmentNo", blankToNull(segmentNo))
        .whereEqual("loggedSegmentNo", blankToNull(loggedSegmentNo))
        .whereEqual("interactionTemplateCode", blankToNull(templateCode))
        .whereEqual("canceled", canceled)
        .where("date", Operator.AT_LEAST, from)
        .where("date", Operator.AT_MOST, to);
  }

  /** The letter of an entry exactly as it was sent (F-35), or null with a message. */
  public StreamedContent letter(long entryNo) {
    byte[] pdf = Feedback.call(() -> letters.letterOfEntry(entryNo), null);
    return Downloads.pdf("letter-" + entryNo + ".pdf", pdf);
  }

  /** Clears the bar's filters. */
  public void clear() {
    contactNo = campaignNo = segmentNo = loggedSegmentNo = templateCode = null;
    canceled = null;
    from = to = null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public PageModel<InteractionLogEntry> getModel() { return model; }
  public String getContactNo() { return contactNo; }
  public void setContactNo(String contactNo) { this.contactNo = contactNo; }
  public String getCampaignNo() { return campaignNo; }
  public void setCampaignNo(String campaignNo) { this.campaignNo = campaignNo; }
  public String getSegmentNo() { return segmentNo; }
  public void setSegmentNo(String segmentNo) { this.segmentNo = segmentNo; }
  public String getLoggedSegmentNo() { return loggedSegmentNo; }
  public void setLoggedSegmentNo(String no) { this.loggedSegmentNo = no; }
  public String getTemplateCode() { return templateCode; }
  public void setTemplateCode(String templateCode) { this.templateCode = templateCode; }
  public Boolean getCanceled() { return canceled; }
  public void setCanceled(Boolean canceled) { this.canceled = canceled; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
}
