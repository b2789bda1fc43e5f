package crm.web.segment;

import crm.domain.segment.Segment;
import crm.service.segment.SegmentService;
import crm.service.segment.SegmentService.SegmentCounts;
import crm.service.shared.ListRequest.Operator;
import crm.service.shared.Page;
import crm.web.shared.Feedback;
import crm.web.shared.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * segment/list.xhtml, and a campaign card's Segments section: the segments (of the campaign)
 * with their No. of Lines, counted for the rows shown only.
 */
@Named
@ViewScoped
public class SegmentListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentService segments;
  private PageModel<Segment> model;
  private final Map<String, SegmentCounts> counts = new HashMap<>();
  private String campaignNo;
  /** The Segments list leaves the logged ones out unless asked; a campaign card shows all of its own. */
  private boolean showLogged;

  @PostConstruct
  void init() {
    model = new PageModel<>(request -> {
      Page<Segment> page = segments.list(request.whereEqual("campaignNo", campaignNo)
          .where("loggedSegmentNo", Operator.PRESENT, campaignNo == null && !showLogged ? false : null));
      if (request.size() > 1) {
        counts.clear();
        counts.putAll(segments.counts(page.items().stream().map(Segment::getNo).toList()));
      }
      return page;
    }, Segment::getNo, Map.of());
  }

  /** f:viewAction of a campaign card: only the campaign's segments. */
  public void showCampaign(String no) {
    campaignNo = no;
  }

  /** Delete, after the row's confirmation; the list shows the rows that remain. */
  public void delete(String no) {
    Feedback.run(() -> segments.delete(no), "segment.deleted", no);
  }

  public long linesOf(String no) {
    SegmentCounts c = counts.get(no);
    return c == null ? 0 : c.lines();
  }

  public boolean isShowLogged() { return showLogged; }
  public void setShowLogged(boolean showLogged) { this.showLogged = showLogged; }

  public PageModel<Segment> getModel() {
    return model;
  }
}
