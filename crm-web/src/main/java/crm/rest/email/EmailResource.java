package crm.rest.email;

import crm.domain.email.EmailStatus;
import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.service.email.EmailDraftService;
import crm.service.email.EmailSendService;
import crm.service.email.EmailService;
import crm.service.email.EmailTemplateService;
import crm.service.email.EmailText;
import crm.service.email.SendTimeService;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Emails (F-50, F-52, F-53): list and read, write a draft or send at once, change or delete a
 * draft, send now or later, change or remove the schedule, the recommended send time, retry
 * tracking, and a template filled in for a contact. Files are {@link EmailAttachmentResource}'s.
 */
@Path("emails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmailResource {

  @Inject private EmailService emails;
  @Inject private EmailDraftService drafts;
  @Inject private EmailSendService sending;
  @Inject private SendTimeService sendTimes;
  @Inject private EmailTemplateService templates;
  @Inject private Clock clock;

  /** Filters: contactNo, status, and from/to on the day the email was written (server's zone). */
  @GET
  public Page<EmailDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
      @QueryParam("sort") String sort, @QueryParam("contactNo") String contactNo, @QueryParam("status") String status,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate fromDay = Params.date("from", from);
    LocalDate toDay = Params.date("to", to);
    var request = Params.list(page, size, sort)
        .whereEqual("contactNo", contactNo)
        .whereEqual("status", Params.enumValue(EmailStatus.class, "status", status))
        .withinDays("createdAt", fromDay, toDay, clock.getZone());
    return emails.list(request).map(EmailDto::from);
  }

  @GET
  @Path("{id}")
  public EmailDto get(@PathParam("id") long id) {
    return EmailDto.from(emails.get(id));
  }

  /** A draft, or with {@code send: true} an email sent now or at {@code sendAt}. */
  @POST
  public Response create(EmailRequests.Write body, @Context UriInfo uri) {
    var write = Bodies.require(body);
    long id = Boolean.TRUE.equals(write.send())
        ? sending.compose(write.draft(), write.sendAt()).getId()
        : drafts.create(write.draft()).getId();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(get(id)).build();
  }

  @PUT
  @Path("{id}")
  public EmailDto update(@PathParam("id") long id, EmailRequests.Write body) {
    var write = Bodies.require(body);
    drafts.update(id, write.version(), write.draft());
    return get(id);
  }

  /** Deletes a draft, or withdraws a scheduled email. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    drafts.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/send")
  public EmailDto send(@PathParam("id") long id, EmailRequests.SendAt body) {
    sending.send(id, body == null ? null : body.sendAt());
    return get(id);
  }

  @PUT
  @Path("{id}/schedule")
  public EmailDto reschedule(@PathParam("id") long id, EmailRequests.SendAt body) {
    sending.reschedule(id, Bodies.require(body).sendAt());
    return get(id);
  }

  /** Removes the delay: the email is sent now. */
  @DELETE
  @Path("{id}/schedule")
  public EmailDto sendNow(@PathParam("id") long id) {
    sending.sendNow(id);
    return get(id);
  }

  /** The recipient's next working hour; 204 for several recipients or an unknown zone. */
  @GET
  @Path("{id}/recommended-send-time")
  public Response recommendedSendTime(@PathParam("id") long id) {
    return sendTimes.recommend(id).map(RecommendedSendTimeDto::from)
        .map(dto -> Response.ok(dto).build()).orElseGet(() -> Response.noContent().build());
  }

  @POST
  @Path("{id}/retry-tracking")
  public EmailDto retryTracking(@PathParam("id") long id) {
    sending.retryTracking(id);
    return get(id);
  }

  /** A template's text in a language, its merge fields filled for the contact (Insert template). */
  @GET
  @Path("template-text")
  public EmailText templateText(@QueryParam("templateCode") String templateCode,
      @QueryParam("languageCode") String languageCode, @QueryParam("contactNo") String contactNo) {
    return templates.insert(Params.required("templateCode", templateCode),
        Params.required("languageCode", languageCode), Params.required("contactNo", contactNo));
  }
}
