package crm.rest.contact;

import crm.domain.contact.ContactType;
import crm.rest.interaction.InteractionLogEntryDto;
import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.service.contact.ContactService;
import crm.service.email.EngagementService;
import crm.service.interaction.InteractionLogService;
import crm.service.contact.ContactExportService;
import crm.service.shared.ListRequest;
import crm.service.shared.ListRequest.Operator;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/** Contacts: list with filters, read, create, change, delete, export as CSV, and a contact's interactions. */
@Path("contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

  @Inject private ContactService contacts;
  @Inject private InteractionLogService interactionLog;
  @Inject private EngagementService engagement;
  @Inject private ContactExportService export;

  @GET
  public Page<ContactDto> list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("name") String name, @QueryParam("type") String type,
      @QueryParam("companyNo") String companyNo, @QueryParam("city") String city,
      @QueryParam("countryCode") String countryCode, @QueryParam("languageCode") String languageCode,
      @QueryParam("salespersonCode") String salespersonCode, @QueryParam("count") String count,
      @QueryParam("after") String after, @QueryParam("before") String before) {
    var request = filtered(Params.list(page, size, sort, count, after, before), name, type, companyNo, city,
        countryCode, languageCode, salespersonCode);
    return contacts.list(request).map(ContactDto::from);
  }

  /** The contacts the same filters select, as a CSV file in the import's format (F-04). */
  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response export(@QueryParam("name") String name, @QueryParam("type") String type,
      @QueryParam("companyNo") String companyNo, @QueryParam("city") String city,
      @QueryParam("countryCode") String countryCode, @QueryParam("languageCode") String languageCode,
      @QueryParam("salespersonCode") String salespersonCode) {
    var criteria = filtered(new ListRequest(0, 1, null), name, type, companyNo, city, countryCode, languageCode,
        salespersonCode).criteria();
    StreamingOutput body = out -> export.export(criteria, out);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"contacts.csv\"").build();
  }

  private static ListRequest filtered(ListRequest request, String name, String type, String companyNo, String city,
      String countryCode, String languageCode, String salespersonCode) {
    return request.where("name", Operator.CONTAINS, name)
        .whereEqual("type", Params.enumValue(ContactType.class, "type", type))
        .whereEqual("companyNo", companyNo)
        .where("city", Operator.CONTAINS, city)
        .whereEqual("countryCode", countryCode)
        .whereEqual("languageCode", languageCode)
        .whereEqual("salespersonCode", salespersonCode);
  }

  @GET
  @Path("{no}")
  public ContactDto get(@PathParam("no") String no) {
    return ContactDto.from(contacts.get(no));
  }

  @POST
  public Response create(ContactDto body, @Context UriInfo uri) {
    var dto = Bodies.require(body);
    var created = ContactDto.from(contacts.create(dto.no(), dto.type(), dto::applyTo));
    return Response.created(uri.getAbsolutePathBuilder().path(created.no()).build()).entity(created).build();
  }

  @PUT
  @Path("{no}")
  public ContactDto update(@PathParam("no") String no, ContactDto body) {
    var dto = Bodies.require(body);
    return ContactDto.from(contacts.update(no, dto.version(), dto::applyTo));
  }

  @DELETE
  @Path("{no}")
  public Response delete(@PathParam("no") String no) {
    contacts.delete(no);
    return Response.noContent().build();
  }

  @GET
  @Path("{no}/interaction-log-entries")
  public Page<InteractionLogEntryDto> interactions(@PathParam("no") String no,
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
    contacts.get(no);
    return InteractionLogEntryDto.page(
        interactionLog.list(Params.list(page, size, sort == null ? "-entryNo" : sort).whereEqual("contactNo", no)),
        engagement);
  }
}
