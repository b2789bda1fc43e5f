package crm.web.segment;

import crm.domain.segment.SegmentLine;
import crm.service.segment.SegmentForecastService;
import crm.service.segment.SegmentForecastService.UsedValues;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * The language and correspondence type each segment line will be logged with (the line's, else
 * the contact's, else the header's), read for a whole page of lines in one query when the page
 * is loaded.
 */
@Named
@RequestScoped
public class SegmentLineValues {

  private static final UsedValues NONE = new UsedValues(null, null);
  @Inject private SegmentForecastService forecasts;
  private final Map<Long, UsedValues> used = new HashMap<>();

  /** Reads the values of the page's lines and answers the page. */
  public Page<SegmentLine> preload(String segmentNo, Page<SegmentLine> page) {
    used.putAll(forecasts.usedValues(segmentNo, page.items().stream().map(SegmentLine::getLineNo).toList()));
    return page;
  }

  public UsedValues of(long lineNo) {
    return used.getOrDefault(lineNo, NONE);
  }
}
