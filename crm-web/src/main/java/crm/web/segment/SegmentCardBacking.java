package crm.web.segment;

import crm.domain.segment.CriteriaAction;
import crm.domain.segment.Segment;
import crm.domain.segment.SegmentLine;
import crm.service.segment.SegmentCriteriaService;
import crm.service.segment.SegmentLineService;
import crm.service.segment.SegmentService;
import crm.service.setup.RecordDefaults;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * segment/card.xhtml: the header (General, Campaign, Interaction), the lines
 * ({@link SegmentLinesTable}) and the criteria actions. The steps that change the lines are on
 * {@link SegmentActionsBacking}, whose {@link SegmentSteps} call {@link #refresh()} after each
 * one. The form edits a detached copy of the header, which Save ({@link SegmentHeaderSave}) copies
 * onto the segment.
 */
@Named
@ViewScoped
public class SegmentCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentService segments;
  @Inject private SegmentLineService segmentLines;
  @Inject private SegmentCriteriaService criteria;
  @Inject private SegmentHeaderSave headers;
  private String no;
  private String campaignNo;
  private Segment segment;
  private int version;
  private long noOfLines;
  private List<CriteriaAction> actions = List.of();
  private PageModel<SegmentLine> lines;
  @Inject private SegmentLinesTable linesTable;
  @Inject private RecordDefaults defaults;

  /**
   * f:viewAction: reads the segment named by the {@code no} parameter, or starts a new one, of
   * the campaign named by {@code campaignNo} when opened from a campaign card.
   */
  public void load() {
    segment = isNew() ? null : Feedback.call(() -> segments.get(no), null);
    if (segment == null) {
      no = null;
      segment = new Segment(null);
      segment.setCampaignNo(campaignNo);
      segment.setSalespersonCode(defaults.callerSalespersonCode());
      return;
    }
    lines = linesTable.of(no);
    refresh();
  }

  /** Re-reads what the steps change: the counts, the criteria actions and the version. */
  public void refresh() {
    noOfLines = segments.counts(List.of(no)).get(no).lines();
    actions = criteria.actions(no);
    version = segments.get(no).getVersion();
  }

  /** Save; {@code overwriteLines} answers the question asked when lines have their own values. */
  public String save(Boolean overwriteLines) {
    if (isNew()) {
      return headers.create(segment);
    }
    if (headers.update(no, version, overwriteLines, segment)) {
      refresh();
    }
    return null;
  }

  public void deleteLine(long lineNo) {
    if (Feedback.run(() -> segmentLines.deleteLine(no, lineNo), "segment.line.deleted")) {
      refresh();
    }
  }

  public boolean isNew() { return no == null || no.isBlank(); }
  public boolean isLogged() { return segment != null && segment.getLoggedSegmentNo() != null; }
  public boolean isEditable() { return !isNew() && !isLogged(); }
  public String getNo() { return no; }
  public void setNo(String no) { this.no = no; }
  public String getCampaignNo() { return campaignNo; }
  public void setCampaignNo(String campaignNo) { this.campaignNo = campaignNo; }
  public Segment getSegment() { return segment; }
  public long getNoOfLines() { return noOfLines; }
  public List<CriteriaAction> getActions() { return actions; }
  public PageModel<SegmentLine> getLines() { return lines; }
}
