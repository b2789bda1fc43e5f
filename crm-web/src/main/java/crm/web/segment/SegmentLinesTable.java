package crm.web.segment;

import crm.domain.segment.SegmentLine;
import crm.service.segment.SegmentLineService;
import crm.web.contact.ContactNames;
import crm.web.shared.PageModel;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;

/**
 * The lines table of segment/card.xhtml, read a page at a time: the contacts' names and the
 * values each line will be logged with ({@link SegmentLineValues}) are read for the whole page in
 * one query each, never per row. Lives as long as {@link SegmentCardBacking}, which holds it.
 */
@Dependent
class SegmentLinesTable implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentLineService segmentLines;
  @Inject private ContactNames contactNames;
  @Inject private SegmentLineValues lineValues;

  PageModel<SegmentLine> of(String segmentNo) {
    return new PageModel<>(
        request -> lineValues.preload(segmentNo,
            contactNames.preload(segmentLines.lines(segmentNo, request), SegmentLine::getContactNo)),
        line -> String.valueOf(line.getLineNo()), Map.of());
  }
}
