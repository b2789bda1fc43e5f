package crm.rest.email;

import crm.domain.email.EmailAttachment;
import crm.rest.shared.Params;
import crm.service.email.EmailAttachmentService;
import crm.service.interaction.AttachmentFileName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
 * The files of an email, under {@code /emails/{id}/attachments}: uploaded as the raw request
 * body with its name in {@code ?fileName=} and {@code ?tracked=true} for a tracked file.
 */
@Path("emails/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmailAttachmentResource {

  @Inject private EmailAttachmentService attachments;

  @GET
  public List<EmailAttachment> list(@PathParam("id") long id) {
    return attachments.list(id);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName,
      @QueryParam("tracked") String tracked, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    EmailAttachment file = attachments.add(id, fileName, contentType, readAtMostOneOver(body),
        Boolean.TRUE.equals(Params.bool("tracked", tracked)));
    return Response.created(UriBuilder.fromPath("emails/{id}/attachments/{file}").build(id, file.fileName()))
        .entity(file).build();
  }

  @GET
  @Path("{fileName}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id, @PathParam("fileName") String fileName) {
    var file = attachments.get(id, fileName);
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }

  @DELETE
  @Path("{fileName}")
  public Response delete(@PathParam("id") long id, @PathParam("fileName") String fileName) {
    attachments.remove(id, fileName);
    return Response.noContent().build();
  }

  /** The body, read no further than one byte over the limit, so the service can refuse it. */
  private static byte[] readAtMostOneOver(InputStream body) {
    try (body) {
      return body.readNBytes(AttachmentFileName.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
