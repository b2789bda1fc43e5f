package crm.rest.segment;

import crm.domain.shared.UnknownRecordException;
import crm.rest.shared.Params;
import crm.rest.shared.Pdfs;
import crm.service.letter.LetterService;
import jakarta.ws.rs.core.Response;
import crm.service.segment.SegmentLogService;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import crm.service.segment.LoggedSegmentService;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Logged segments: list, read, cancel, delete. */
@Path("logged-segments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoggedSegmentResource {

  @Inject private SegmentLogService logging;
  @Inject private LetterService letters;
  @Inject private LoggedSegmentService loggedSegments;

  @GET
  public Page<LoggedSegmentDto> list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("campaignNo") String campaignNo, @QueryParam("segmentNo") String segmentNo,
      @QueryParam("canceled") String canceled) {
    var request = Params.list(page, size, sort)
        .whereEqual("campaignNo", campaignNo)
        .whereEqual("segmentNo", segmentNo)
        .whereEqual("canceled", Params.bool("canceled", canceled));
    return logging.listLogged(request).map(LoggedSegmentDto::from);
  }

  @GET
  @Path("{no}")
  public LoggedSegmentDto get(@PathParam("no") String no) {
    return LoggedSegmentDto.from(logging.getLogged(no));
  }

  /** The printable letters of the logged segment, one PDF streamed as the letters are laid out. */
  @GET
  @Path("{no}/letters")
  @Produces("application/pdf")
  public Response letters(@PathParam("no") String no) {
    if (letters.countLettersOfLoggedSegment(no) == 0) {
      throw new UnknownRecordException("loggedSegment.noLetters", no);
    }
    return Pdfs.inline(out -> letters.writeLettersOfLoggedSegment(no, out, printed -> { }), "letters-" + no + ".pdf");
  }

  @POST
  @Path("{no}/cancel")
  public LoggedSegmentDto cancel(@PathParam("no") String no) {
    return LoggedSegmentDto.from(logging.cancel(no));
  }

  /** Deletes a canceled logged segment; its interaction log entries stay, without the link (409 when not canceled). */
  @DELETE
  @Path("{no}")
  public Response delete(@PathParam("no") String no) {
    loggedSegments.delete(no);
    return Response.noContent().build();
  }
}
