package crm.web.home;

import crm.domain.campaign.Campaign;
import crm.domain.segment.LoggedSegment;
import crm.domain.segment.Segment;
import crm.service.campaign.CampaignService;
import crm.service.interaction.InteractionLogService;
import crm.service.segment.SegmentLogService;
import crm.service.segment.SegmentService;
import crm.service.shared.ListRequest;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * index.xhtml, the marketing role centre (managers and staff): the newest campaigns with a chart
 * of their interactions and responses over the last months, the segments still in progress and
 * the latest logged segments. Each list is a short page of its full list, read when shown.
 */
@Named
@RequestScoped
public class HomeBacking {

  static final int SHORT_LIST = 6;
  private static final int CHART_MONTHS = 12;
  @Inject private CampaignService campaigns;
  @Inject private SegmentService segments;
  @Inject private SegmentLogService logging;
  @Inject private InteractionLogService interactions;
  @Inject private Clock clock;
  private Page<Campaign> recentCampaigns;
  private Page<Segment> segmentsInProgress;
  private Map<String, SegmentService.SegmentCounts> segmentCounts;
  private Page<LoggedSegment> recentLogged;
  private String chart;

  public Page<Campaign> getRecentCampaigns() {
    if (recentCampaigns == null) {
      recentCampaigns = campaigns.list(shortList("-no"));
    }
    return recentCampaigns;
  }

  /** Segments not logged yet, the newest first. */
  public Page<Segment> getSegmentsInProgress() {
    if (segmentsInProgress == null) {
      segmentsInProgress = segments.list(shortList("-no").where("loggedSegmentNo", ListRequest.Operator.PRESENT, false));
      segmentCounts = segments.counts(segmentsInProgress.items().stream().map(Segment::getNo).toList());
    }
    return segmentsInProgress;
  }

  public long linesOf(String segmentNo) {
    getSegmentsInProgress();
    var c = segmentCounts.get(segmentNo);
    return c == null ? 0 : c.lines();
  }

  public Page<LoggedSegment> getRecentLogged() {
    if (recentLogged == null) {
      recentLogged = logging.listLogged(shortList("-no"));
    }
    return recentLogged;
  }

  /** The campaigns' interactions and responses per month, this month and the eleven before. */
  public String getChart() {
    if (chart == null) {
      YearMonth last = YearMonth.now(clock);
      YearMonth first = last.minusMonths(CHART_MONTHS - 1L);
      chart = CampaignTrendChart.config(interactions.campaignMonths(first.atDay(1)), first, last);
    }
    return chart;
  }

  /** The first rows of a list, sorted; the total says whether there are more. */
  static ListRequest shortList(String sort) {
    return new ListRequest(0, SHORT_LIST, sort);
  }
}
