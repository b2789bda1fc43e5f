package crm.web.segment;

import crm.service.segment.SegmentContactsExport;
import crm.web.shared.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/** The segment card's Export button (F-04): the segment's contacts as CSV in the contact import's format. */
@Named
@RequestScoped
public class SegmentExportBacking {

  @Inject private SegmentContactsExport export;

  public StreamedContent contacts(String segmentNo) {
    SegmentContactsExport service = export;
    return Downloads.written(segmentNo + "-contacts.csv", "text/csv", out -> service.export(segmentNo, out));
  }
}
