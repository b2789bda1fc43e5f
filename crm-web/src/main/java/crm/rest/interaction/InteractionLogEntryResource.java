package crm.rest.interaction;

import crm.domain.interaction.InteractionLogEntry;
import crm.rest.shared.Params;
import crm.rest.shared.Pdfs;
import crm.service.email.EngagementService;
import crm.service.email.InteractionSendingService;
import crm.service.letter.LetterService;
import jakarta.ws.rs.core.Response;
import crm.service.interaction.InteractionEntryActions;
import crm.service.interaction.InteractionLogService;
import crm.service.interaction.InteractionRecordingService;
import crm.service.shared.ListRequest.Operator;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The interaction log: filter by contact, campaign, segment, template, canceled and date. */
@Path("interaction-log-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InteractionLogEntryResource {

  @Inject private InteractionLogService interactionLog;
  @Inject private LetterService letters;
  @Inject private EngagementService engagement;
  @Inject private InteractionRecordingService recording;
  @Inject private InteractionEntryActions actions;
  @Inject private InteractionSendingService sending;

  @GET
  public Page<InteractionLogEntryDto> list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("contactNo") String contactNo, @QueryParam("campaignNo") String campaignNo,
      @QueryParam("segmentNo") String segmentNo, @QueryParam("loggedSegmentNo") String loggedSegmentNo,
      @QueryParam("templateCode") String templateCode, @QueryParam("canceled") String canceled,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("count") String count,
      @QueryParam("after") String after, @QueryParam("before") String before) {
    var request = Params.list(page, size, sort, count, after, before)
        .whereEqual("contactNo", contactNo)
        .whereEqual("campaignNo", campaignNo)
        .whereEqual("segmentNo", segmentNo)
        .whereEqual("loggedSegmentNo", loggedSegmentNo)
        .whereEqual("interactionTemplateCode", templateCode)
        .whereEqual("canceled", Params.bool("canceled", canceled))
        .where("date", Operator.AT_LEAST, Params.date("from", from))
        .where("date", Operator.AT_MOST, Params.date("to", to));
    return InteractionLogEntryDto.page(interactionLog.list(request), engagement);
  }

  /** The figures per template and per group of the entries dated from/to (F-33); canceled ones do not count. */
  @GET
  @Path("statistics")
  public InteractionStatisticsDto statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
    return InteractionStatisticsDto.from(interactionLog.statistics(Params.date("from", from), Params.date("to", to)));
  }

  /** The batch "Delete Interaction Log Entries": the canceled entries of a period (all without one). */
  @POST
  @Path("delete-canceled")
  @Consumes(MediaType.APPLICATION_JSON)
  public InteractionStatisticsDto.Deleted deleteCanceled(InteractionStatisticsDto.Period body) {
    var period = body == null ? new InteractionStatisticsDto.Period(null, null) : body;
    return new InteractionStatisticsDto.Deleted(actions.deleteCanceled(period.from(), period.to()));
  }

  /** The letter of the interaction, exactly as it was sent (F-35). */
  @GET
  @Path("{entryNo}/letter")
  @Produces("application/pdf")
  public Response letter(@PathParam("entryNo") String entryNo) {
    return Pdfs.inline(letters.letterOfEntry(Params.requiredNumber("entryNo", entryNo)), "letter-" + entryNo + ".pdf");
  }

  /** The postponed interactions (F-32), filtered by contact. */
  @GET
  @Path("postponed")
  public Page<InteractionLogEntryDto> postponed(@QueryParam("page") String page, @QueryParam("size") String size,
      @QueryParam("sort") String sort, @QueryParam("contactNo") String contactNo) {
    return recording.listPostponed(Params.list(page, size, sort).whereEqual("contactNo", contactNo))
        .map(e -> InteractionLogEntryDto.from(e, null));
  }

  /** Cancels an entry (F-33): it stops counting in the statistics. */
  @POST
  @Path("{entryNo}/cancel")
  public InteractionLogEntryDto cancel(@PathParam("entryNo") String entryNo) {
    return InteractionLogEntryDto.from(actions.cancel(Params.requiredNumber("entryNo", entryNo)), null);
  }

  /**
   * Resumes an entry: a postponed interaction is finished with the values it kept (201, a new
   * entry replaces it; with {@code sendAttachment=true} it sends the template's letter or email
   * as Finish in the wizard does, and answers the entry with what it sent); a canceled entry is
   * restored (200).
   */
  @POST
  @Path("{entryNo}/resume")
  public Response resume(@PathParam("entryNo") String entryNo, @QueryParam("sendAttachment") String sendAttachment) {
    long no = Params.requiredNumber("entryNo", entryNo);
    if (interactionLog.get(no).isPostponed()) {
      Object resumed = Boolean.TRUE.equals(Params.bool("sendAttachment", sendAttachment))
          ? SentInteractionDto.from(sending.resume(no, null, null))
          : InteractionLogEntryDto.from(recording.resume(no, null, false), null);
      return Response.status(Response.Status.CREATED).entity(resumed).build();
    }
    return Response.ok(InteractionLogEntryDto.from(actions.restore(no), null)).build();
  }

  /** Deletes a postponed interaction, or a canceled entry; any other answers 409. */
  @DELETE
  @Path("{entryNo}")
  public Response delete(@PathParam("entryNo") String entryNo) {
    long no = Params.requiredNumber("entryNo", entryNo);
    if (interactionLog.get(no).isPostponed()) {
      recording.deletePostponed(no);
    } else {
      actions.deleteCanceled(no);
    }
    return Response.noContent().build();
  }

  @GET
  @Path("{entryNo}")
  public InteractionLogEntryDto get(@PathParam("entryNo") String entryNo) {
    InteractionLogEntry entry = interactionLog.get(Params.requiredNumber("entryNo", entryNo));
    return InteractionLogEntryDto.from(entry, entry.getEmailId() == null ? null : engagement.ofEmail(entry.getEmailId()));
  }
}
