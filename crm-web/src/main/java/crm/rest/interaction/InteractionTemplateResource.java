package crm.rest.interaction;

import crm.domain.interaction.CorrespondenceType;
import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.rest.shared.Pdfs;
import crm.service.interaction.InteractionTemplateService;
import crm.service.interaction.TemplateAttachmentService;
import crm.service.interaction.TemplatePreviewService;
import crm.service.letter.Recipient;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Interaction templates and their language versions. */
@Path("interaction-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionTemplateResource {

  @Inject private InteractionTemplateService templates;
  @Inject private TemplateAttachmentService attachments;
  @Inject private TemplatePreviewService previews;

  @GET
  public Page<InteractionTemplateDto> list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("description") String description, @QueryParam("interactionGroupCode") String groupCode,
      @QueryParam("correspondenceType") String correspondenceType) {
    var request = Params.list(page, size, sort)
        .where("description", Operator.CONTAINS, description)
        .whereEqual("interactionGroupCode", groupCode)
        .whereEqual("correspondenceType", Params.enumValue(CorrespondenceType.class, "correspondenceType", correspondenceType));
    return templates.list(request).map(InteractionTemplateDto::from);
  }

  @GET
  @Path("{code}")
  public InteractionTemplateDto get(@PathParam("code") String code) {
    return InteractionTemplateDto.from(templates.get(code));
  }

  @POST
  public Response create(InteractionTemplateDto body, @Context UriInfo uri) {
    var dto = Bodies.require(body);
    var created = InteractionTemplateDto.from(templates.create(dto.code(), dto::applyTo));
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
  }

  @PUT
  @Path("{code}")
  public InteractionTemplateDto update(@PathParam("code") String code, InteractionTemplateDto body) {
    var dto = Bodies.require(body);
    return InteractionTemplateDto.from(templates.update(code, dto.version(), dto::applyTo));
  }

  @DELETE
  @Path("{code}")
  public Response delete(@PathParam("code") String code) {
    templates.delete(code);
    return Response.noContent().build();
  }

  @GET
  @Path("{code}/languages")
  public List<TemplateLanguageDto> languages(@PathParam("code") String code) {
    return templates.languages(code).stream().map(TemplateLanguageDto::from).toList();
  }

  @GET
  @Path("{code}/languages/{languageCode}")
  public TemplateLanguageDto language(@PathParam("code") String code, @PathParam("languageCode") String languageCode) {
    return TemplateLanguageDto.from(templates.getLanguage(code, languageCode));
  }

  @PUT
  @Path("{code}/languages/{languageCode}")
  public TemplateLanguageDto saveLanguage(@PathParam("code") String code,
      @PathParam("languageCode") String languageCode, TemplateLanguageDto body) {
    var dto = Bodies.require(body);
    return TemplateLanguageDto.from(templates.saveLanguage(code, languageCode, dto::applyTo));
  }

  @POST
  @Path("{code}/languages/{languageCode}")
  public TemplateLanguageDto createLanguage(@PathParam("code") String code,
      @PathParam("languageCode") String languageCode, TemplateLanguageDto body) {
    return saveLanguage(code, languageCode, body);
  }

  @DELETE
  @Path("{code}/languages/{languageCode}")
  public Response deleteLanguage(@PathParam("code") String code, @PathParam("languageCode") String languageCode) {
    templates.deleteLanguage(code, languageCode);
    return Response.noContent().build();
  }

  /** The files attached to one language version. */
  @Path("{code}/languages/{languageCode}/attachments")
  public TemplateAttachmentResource attachments(@PathParam("code") String code,
      @PathParam("languageCode") String languageCode) {
    return new TemplateAttachmentResource(attachments, code, languageCode);
  }

  /** The letter of a language version personalised for a contact, as a PDF. */
  @GET
  @Path("{code}/languages/{languageCode}/letter-preview")
  @Produces("application/pdf")
  public Response letterPreview(@PathParam("code") String code, @PathParam("languageCode") String languageCode,
      @QueryParam("contactNo") String contactNo) {
    var language = templates.getLanguage(code, languageCode);
    return Pdfs.inline(previews.letter(code, languageCode, language.getSubject(), language.getBody(),
        Params.required("contactNo", contactNo)), code + "-" + languageCode + "-preview.pdf");
  }

  /** The email of a language version personalised for a contact: subject, sanitised HTML and text. */
  @GET
  @Path("{code}/languages/{languageCode}/email-preview")
  public Recipient.EmailContent emailPreview(@PathParam("code") String code,
      @PathParam("languageCode") String languageCode, @QueryParam("contactNo") String contactNo) {
    var language = templates.getLanguage(code, languageCode);
    return previews.email(code, languageCode, language.getSubject(), language.getBody(),
        Params.required("contactNo", contactNo));
  }
}
