package crm.rest.segment;

import crm.service.segment.SegmentContactsExport;
import crm.service.segment.SegmentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** {@code GET /segments/{no}/contacts.csv}: the segment's contacts in the contact import's format (F-04). */
@Path("segments/{no}/contacts.csv")
@RequestScoped
public class SegmentContactsCsvResource {

  @Inject private SegmentService segments;
  @Inject private SegmentContactsExport export;

  @GET
  public Response csv(@PathParam("no") String no) {
    segments.get(no);
    StreamingOutput body = out -> export.export(no, out);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + no + "-contacts.csv\"").build();
  }
}
