package crm.rest.interaction;

import crm.service.interaction.TemplateAttachmentService;
import crm.service.interaction.TemplateAttachmentService.AttachmentFile;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files attached to one template language (F-31), under
 * {@code /interaction-templates/{code}/languages/{languageCode}/attachments}. A file is uploaded
 * as the raw request body, its name in {@code ?fileName=} and its type in Content-Type.
 */
@Produces(MediaType.APPLICATION_JSON)
public class TemplateAttachmentResource {

  private final TemplateAttachmentService attachments;
  private final String code;
  private final String languageCode;

  TemplateAttachmentResource(TemplateAttachmentService attachments, String code, String languageCode) {
    this.attachments = attachments;
    this.code = code;
    this.languageCode = languageCode;
  }

  @GET
  public List<AttachmentFile> list() {
    return attachments.list(code, languageCode);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(@QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
    AttachmentFile file = attachments.add(code, languageCode, fileName, contentType, readAtMostOneOver(body));
    return Response.created(UriBuilder.fromPath("interaction-templates/{code}/languages/{language}/attachments/{file}")
        .build(code, languageCode, file.fileName())).entity(file).build();
  }

  @GET
  @Path("{fileName}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("fileName") String fileName) {
    var file = attachments.get(code, languageCode, fileName);
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }

  @DELETE
  @Path("{fileName}")
  public Response delete(@PathParam("fileName") String fileName) {
    attachments.delete(code, languageCode, fileName);
    return Response.noContent().build();
  }

  /** The body, read no further than one byte over the limit, so the service can refuse it. */
  private static byte[] readAtMostOneOver(InputStream body) {
    try (body) {
      return body.readNBytes(TemplateAttachmentService.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
