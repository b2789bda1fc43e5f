package crm.rest.contact;

import crm.domain.shared.ConflictException;
import crm.domain.shared.InvalidInputException;
import crm.rest.shared.Params;
import crm.service.contact.ContactCsv;
import crm.service.contact.ContactImportResult;
import crm.service.contact.ContactImportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code POST /contacts/import} (F-04): a CSV file, its columns named as an export names them.
 * {@code ?dryRun=true} previews; otherwise all rows are imported or, when any has an error, none
 * (422 with every row's error); {@code ?skipInvalid=true} imports the valid rows and skips the others.
 */
@Path("contacts/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactImportResource {

  @Inject private ContactImportService imports;
  @Context private HttpHeaders headers;

  @POST
  @Consumes("text/csv")
  public Response upload(InputStream file, @QueryParam("dryRun") String dryRun,
      @QueryParam("skipInvalid") String skipInvalid) {
    if (headers.getLength() > ContactCsv.MAX_BYTES) {
      throw new InvalidInputException("contactImport.tooLarge", ContactCsv.MAX_BYTES / 1024 / 1024);
    }
    Locale locale = Params.locale(headers);
    boolean skip = Boolean.TRUE.equals(Params.bool("skipInvalid", skipInvalid));
    if (Boolean.TRUE.equals(Params.bool("dryRun", dryRun))) {
      return Response.ok(ContactImportDto.from(imports.preview(file, null), locale)).build();
    }
    ContactImportResult result = imports.importContacts(file, null, skip, null, locale);
    if (!skip && result.valid() < result.rows()) {
      long failed = result.rows() - result.valid();
      return Response.status(422).type("application/problem+json").entity(new ContactImportDto.Refusal(422,
          "Unprocessable Content", new ConflictException("contactImport.nothingImported", failed).messageIn(locale),
          result.rows(), result.valid(), 0, ContactImportDto.errors(result, locale))).build();
    }
    return Response.ok(ContactImportDto.from(result, locale)).build();
  }
}
