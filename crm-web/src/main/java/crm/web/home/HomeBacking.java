package crm.web.home;

import crm.domain.campaign.Campaign;
import crm.domain.segment.LoggedSegment;
import crm.domain.segment.Segment;
import crm.service.campaign.CampaignService;
import crm.service.contact.ContactService;
import crm.service.interaction.InteractionLogService;
import crm.service.mail.OutboxService;
import crm.service.mail.OutboxStatus;
import crm.service.scheduling.JobsHealth;
import crm.service.scheduling.ScheduledJobs;
import crm.service.segment.SegmentLogService;
import crm.service.segment.SegmentService;
import crm.service.shared.ListRequest;
import crm.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** index.xhtml: the role centre's tiles (counts) and short lists, like the ERP's home page. */
@Named
@RequestScoped
public class HomeBacking {

  private static final int SHORT_LIST = 6;
  @Inject private ContactService contacts;
  @Inject private CampaignService campaigns;
  @Inject private SegmentService segments;
  @Inject private SegmentLogService logging;
  @Inject private InteractionLogService interactions;
  @Inject private OutboxService outbox;
  @Inject private ScheduledJobs jobs;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  private Map<String, Long> counts;
  private List<Campaign> activeCampaigns;
  private List<Segment> recentSegments;
  private Map<String, SegmentService.SegmentCounts> segmentCounts;
  private List<LoggedSegment> recentLogged;
  private Map<OutboxStatus, Long> outboxCounts;
  private JobsHealth jobsHealth;

  @PostConstruct
  void init() {
    counts = Map.of(
        "contacts", contacts.list(one()).total(),
        "campaigns", campaigns.list(one()).total(),
        "segments", segments.list(one()).total(),
        "logged", logging.listLogged(one()).total(),
        "interactions", interactions.list(one()).total());
    LocalDate today = LocalDate.now(clock);
    activeCampaigns = campaigns.list(new ListRequest(0, ListRequest.MAX_SIZE, "-no")).items().stream()
        .filter(c -> c.getStartingDate() == null || !c.getStartingDate().isAfter(today))
        .filter(c -> c.getEndingDate() == null || !c.getEndingDate().isBefore(today))
        .limit(SHORT_LIST).toList();
    recentSegments = segments.list(new ListRequest(0, SHORT_LIST, "-no")).items();
    segmentCounts = segments.counts(recentSegments.stream().map(Segment::getNo).toList());
    recentLogged = logging.listLogged(new ListRequest(0, SHORT_LIST, "-no")).items();
  }

  private static ListRequest one() {
    return new ListRequest(0, 1, null);
  }

  /** Emails waiting to be sent, for those who watch the outbox (batch administrators, managers). */
  public long getEmailsWaiting() {
    return outboxCount(OutboxStatus.QUEUED) + outboxCount(OutboxStatus.SENDING);
  }

  public long getEmailsFailed() {
    return outboxCount(OutboxStatus.FAILED);
  }

  private long outboxCount(OutboxStatus status) {
    if (outboxCounts == null) {
      outboxCounts = currentUser.isMayWatchOutbox() ? outbox.countByStatus() : Map.of();
    }
    return outboxCounts.getOrDefault(status, 0L);
  }

  /** The jobs' health at a glance, for those who run the jobs (read once per request). */
  public JobsHealth getJobsHealth() {
    if (jobsHealth == null && currentUser.isMayRunJobs()) {
      jobsHealth = jobs.health();
    }
    return jobsHealth;
  }

  public long linesOf(String segmentNo) {
    var c = segmentCounts.get(segmentNo);
    return c == null ? 0 : c.lines();
  }

  public Map<String, Long> getCounts() { return counts; }
  public List<Campaign> getActiveCampaigns() { return activeCampaigns; }
  public List<Segment> getRecentSegments() { return recentSegments; }
  public List<LoggedSegment> getRecentLogged() { return recentLogged; }
}
