package crm.rest.segment;

import crm.domain.segment.CriteriaActionType;
import crm.domain.segment.Segment;
import crm.domain.segment.SegmentFilter;
import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.rest.shared.Pdfs;
import crm.service.letter.CoverSheetService;
import crm.service.letter.CoverSheetService.CoverSheet;
import crm.service.letter.LabelRenderer;
import crm.service.letter.LabelService;
import crm.service.segment.SavedCriteriaService;
import crm.service.segment.SegmentCriteriaService;
import crm.service.segment.SegmentLineLetterService;
import crm.service.segment.SegmentLogService;
import crm.service.segment.SegmentMailingGroups;
import crm.service.segment.SegmentLineService;
import crm.service.segment.SegmentService;
import crm.service.shared.ListRequest.Operator;
import crm.service.shared.Page;
import crm.web.segment.CriteriaActionWords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Segment headers, lines and the segment actions (add, reduce, refine, go back, criteria, log). */
@Path("segments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SegmentResource {

  @Inject private SegmentService segments;

  @Inject private SegmentLineService segmentLines;
  @Inject private SegmentCriteriaService criteria;
  @Inject private SavedCriteriaService savedCriteria;
  @Inject private SegmentLogService logging;
  @Inject private SegmentLineLetterService lineLetters;
  @Inject private LabelService labels;
  @Inject private CoverSheetService coverSheets;
  @Inject private SegmentMailingGroups mailingGroups;
  @Inject private CriteriaActionWords criteriaWords;

  @GET
  public Page<SegmentDto> list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("description") String description, @QueryParam("campaignNo") String campaignNo,
      @QueryParam("salespersonCode") String salespersonCode) {
    var request = Params.list(page, size, sort)
        .where("description", Operator.CONTAINS, description)
        .whereEqual("campaignNo", campaignNo)
        .whereEqual("salespersonCode", salespersonCode);
    Page<Segment> found = segments.list(request);
    var counts = segments.counts(found.items().stream().map(Segment::getNo).toList());
    return found.map(s -> SegmentDto.from(s, counts.get(s.getNo())));
  }

  @GET
  @Path("{no}")
  public SegmentDto get(@PathParam("no") String no) {
    return dto(segments.get(no));
  }

  @POST
  public Response create(SegmentDto body, @Context UriInfo uri) {
    var dto = Bodies.require(body);
    var created = dto(segments.create(dto.no(), dto::applyTo));
    return Response.created(uri.getAbsolutePathBuilder().path(created.no()).build()).entity(created).build();
  }

  /** Changes the header; see {@link SegmentService#update} for {@code overwriteLineValues}. */
  @PUT
  @Path("{no}")
  public SegmentDto update(@PathParam("no") String no, @QueryParam("overwriteLineValues") String overwrite,
      SegmentDto body) {
    var dto = Bodies.require(body);
    return dto(segments.update(no, dto.version(), Params.bool("overwriteLineValues", overwrite), dto::applyTo));
  }

  /** Address labels of the segment's contacts (F-29), streamed: {@code ?format=A4_3X8} (the default) or {@code SINGLE}. */
  @GET
  @Path("{no}/labels")
  @Produces("application/pdf")
  public Response labels(@PathParam("no") String no, @QueryParam("format") String format) {
    LabelRenderer.Format stock = Optional.ofNullable(Params.enumValue(LabelRenderer.Format.class, "format", format))
        .orElse(LabelRenderer.Format.A4_3X8);
    labels.countLabels(no);
    return Pdfs.inline(out -> labels.writeLabels(no, stock, out), "labels-" + no + ".pdf");
  }

  /**
   * Cover sheets for the segment's contacts (F-29), streamed; with an {@code interactionTemplateCode}
   * each contact first gets an interaction log entry of that template (all or none).
   */
  @POST
  @Path("{no}/cover-sheets")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("application/pdf")
  public Response coverSheets(@PathParam("no") String no, CoverSheet sheet) {
    CoverSheet asked = Bodies.require(sheet);
    if (asked.interactionTemplateCode() == null) {
      coverSheets.check(no, asked);
    } else {
      coverSheets.log(no, asked);
    }
    return Pdfs.inline(out -> coverSheets.write(no, asked, out), "cover-sheets-" + no + ".pdf");
  }

  @DELETE
  @Path("{no}")
  public Response delete(@PathParam("no") String no) {
    segments.delete(no);
    return Response.noContent().build();
  }

  /** Apply Mailing Group: answers how many of the segment's contacts got the group (those that had it are skipped). */
  @POST
  @Path("{no}/apply-mailing-group")
  public JsonObject applyMailingGroup(@PathParam("no") String no, SegmentRequests.ApplyMailingGroup body) {
    String code = Bodies.require(body).mailingGroupCode();
    int applied = mailingGroups.apply(no, code);
    return Json.createObjectBuilder().add("mailingGroupCode", code.strip()).add("contacts", applied).build();
  }

  @GET
  @Path("{no}/lines")
  public Page<SegmentLineDto> lines(@PathParam("no") String no,
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("contactNo") String contactNo) {
    return segmentLines.lines(no, Params.list(page, size, sort).whereEqual("contactNo", contactNo))
        .map(SegmentLineDto::from);
  }

  @GET
  @Path("{no}/lines/{lineNo}")
  public SegmentLineDto line(@PathParam("no") String no, @PathParam("lineNo") String lineNo) {
    return SegmentLineDto.from(segmentLines.getLine(no, Params.requiredNumber("lineNo", lineNo)));
  }

  @POST
  @Path("{no}/lines")
  public Response addLine(@PathParam("no") String no, SegmentLineDto body, @Context UriInfo uri) {
    var dto = Bodies.require(body);
    var line = SegmentLineDto.from(segmentLines.addLine(no, Params.required("contactNo", dto.contactNo()), dto::applyTo));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(line.lineNo())).build())
        .entity(line).build();
  }

  @PUT
  @Path("{no}/lines/{lineNo}")
  public SegmentLineDto updateLine(@PathParam("no") String no, @PathParam("lineNo") String lineNo,
      SegmentLineDto body) {
    var dto = Bodies.require(body);
    return SegmentLineDto.from(segmentLines.updateLine(no, Params.requiredNumber("lineNo", lineNo), dto::applyTo));
  }

  @DELETE
  @Path("{no}/lines/{lineNo}")
  public Response deleteLine(@PathParam("no") String no, @PathParam("lineNo") String lineNo) {
    segmentLines.deleteLine(no, Params.requiredNumber("lineNo", lineNo));
    return Response.noContent().build();
  }

  @POST
  @Path("{no}/add-contacts")
  public SegmentDto addContacts(@PathParam("no") String no, SegmentFilter filter) {
    return step(no, CriteriaActionType.ADD, filter);
  }

  @POST
  @Path("{no}/reduce-contacts")
  public SegmentDto reduceContacts(@PathParam("no") String no, SegmentFilter filter) {
    return step(no, CriteriaActionType.REDUCE, filter);
  }

  @POST
  @Path("{no}/refine-contacts")
  public SegmentDto refineContacts(@PathParam("no") String no, SegmentFilter filter) {
    return step(no, CriteriaActionType.REFINE, filter);
  }

  @POST
  @Path("{no}/preview")
  public JsonObject preview(@PathParam("no") String no, @QueryParam("action") String action, SegmentFilter filter) {
    var type = Params.enumValue(CriteriaActionType.class, "action", action == null ? "ADD" : action);
    long count = criteria.preview(no, type, Bodies.require(filter));
    return Json.createObjectBuilder().add("count", count).build();
  }

  @POST
  @Path("{no}/go-back")
  public SegmentDto goBack(@PathParam("no") String no) {
    criteria.goBack(no);
    return get(no);
  }

  @GET
  @Path("{no}/criteria-actions")
  public List<CriteriaActionDto> criteriaActions(@PathParam("no") String no, @Context HttpHeaders headers) {
    segments.get(no);
    Locale locale = Params.locale(headers);
    return criteria.actions(no).stream().map(a -> CriteriaActionDto.from(a, criteriaWords.of(a, locale))).toList();
  }

  @POST
  @Path("{no}/save-criteria")
  public Response saveCriteria(@PathParam("no") String no, SegmentRequests.SaveCriteria body) {
    var request = Bodies.require(body);
    var saved = savedCriteria.saveCriteria(no, request.code(), request.description());
    return Response.status(Response.Status.CREATED)
        .entity(new SavedCriteriaDto(saved.getCode(), saved.getDescription())).build();
  }

  @POST
  @Path("{no}/reuse-criteria")
  public SegmentDto reuseCriteria(@PathParam("no") String no, SegmentRequests.ReuseCriteria body) {
    savedCriteria.reuseCriteria(no, Params.required("code", Bodies.require(body).code()));
    return get(no);
  }

  @POST
  @Path("{no}/reuse-logged-segment")
  public SegmentDto reuseLoggedSegment(@PathParam("no") String no, SegmentRequests.ReuseLoggedSegment body) {
    criteria.reuseLoggedSegment(no, Params.required("loggedSegmentNo", Bodies.require(body).loggedSegmentNo()));
    return get(no);
  }

  @POST
  @Path("{no}/log")
  public LoggedSegmentDto log(@PathParam("no") String no, SegmentRequests.Log body) {
    boolean followUp = body != null && Boolean.TRUE.equals(body.createFollowUpSegment());
    boolean send = body != null && Boolean.TRUE.equals(body.sendAttachments());
    boolean workingHours = body != null && Boolean.TRUE.equals(body.deliverInWorkingHours());
    return LoggedSegmentDto.from(logging.log(no, followUp, send, workingHours));
  }

  /** The letters logging would print, as one PDF, without logging (the segment's Print action). */
  @GET
  @Path("{no}/letters-preview")
  @Produces("application/pdf")
  public Response lettersPreview(@PathParam("no") String no) {
    return Pdfs.inline(logging.previewLetters(no), "segment-" + no + "-preview.pdf");
  }

  /** The letter of one line as logging would print it, its edited text included (F-42). */
  @GET
  @Path("{no}/lines/{lineNo}/letter-preview")
  @Produces("application/pdf")
  public Response lineLetterPreview(@PathParam("no") String no, @PathParam("lineNo") String lineNo) {
    return Pdfs.inline(lineLetters.preview(no, Params.requiredNumber("lineNo", lineNo)),
        "segment-" + no + "-line-" + lineNo + ".pdf");
  }

  /** The text of one line's letter to edit: its own, else the template's merged for its contact. */
  @GET
  @Path("{no}/lines/{lineNo}/letter")
  public SegmentLineLetterService.LineLetter lineLetter(@PathParam("no") String no, @PathParam("lineNo") String lineNo) {
    return lineLetters.text(no, Params.requiredNumber("lineNo", lineNo));
  }

  private SegmentDto step(String no, CriteriaActionType type, SegmentFilter filter) {
    criteria.apply(no, type, Bodies.require(filter));
    return get(no);
  }

  private SegmentDto dto(Segment segment) {
    return SegmentDto.from(segment, segments.counts(List.of(segment.getNo())).get(segment.getNo()));
  }
}
