package crm.rest.interaction;

import crm.rest.shared.Bodies;
import crm.service.interaction.InteractionTemplateService;
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

  @GET
  public Page<InteractionTemplateDto> list() {
    List<InteractionTemplateDto> items = templates.list().stream().map(InteractionTemplateDto::from).toList();
    return new Page<>(items, items.size());
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
}
