package crm.rest.setup;

import crm.domain.setup.CodeTable;
import crm.domain.setup.Salesperson;
import crm.domain.shared.UnknownRecordException;
import crm.rest.shared.Bodies;
import crm.service.setup.CodeService;
import crm.service.setup.SalespersonService;
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

/** The code tables of F-02 under {@code /codes/{table}}; {@code salespeople} is one of them. */
@Path("codes/{table}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CodeResource {

  private static final String SALESPEOPLE = "salespeople";

  @Inject private CodeService codes;
  @Inject private SalespersonService salespeople;

  @GET
  public Page<CodeDto> list(@PathParam("table") String table) {
    List<CodeDto> items = SALESPEOPLE.equals(table)
        ? salespeople.listSalespeople().stream().map(CodeDto::from).toList()
        : codes.list(table(table)).stream().map(CodeDto::from).toList();
    return new Page<>(items, items.size());
  }

  @GET
  @Path("{code}")
  public CodeDto get(@PathParam("table") String table, @PathParam("code") String code) {
    return SALESPEOPLE.equals(table)
        ? CodeDto.from(salespeople.getSalesperson(code))
        : CodeDto.from(codes.get(table(table), code));
  }

  @POST
  public Response create(@PathParam("table") String table, CodeDto body, @Context UriInfo uri) {
    CodeDto dto = Bodies.require(body);
    CodeDto created;
    if (SALESPEOPLE.equals(table)) {
      Salesperson salesperson = new Salesperson(dto.code());
      dto.applyTo(salesperson);
      created = CodeDto.from(salespeople.createSalesperson(salesperson));
    } else {
      created = CodeDto.from(codes.create(table(table), dto.code(), dto.description()));
    }
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
  }

  @PUT
  @Path("{code}")
  public CodeDto update(@PathParam("table") String table, @PathParam("code") String code, CodeDto body) {
    CodeDto dto = Bodies.require(body);
    if (SALESPEOPLE.equals(table)) {
      return CodeDto.from(salespeople.updateSalesperson(code, dto::applyTo));
    }
    return CodeDto.from(codes.update(table(table), code, dto.description()));
  }

  @DELETE
  @Path("{code}")
  public Response delete(@PathParam("table") String table, @PathParam("code") String code) {
    if (SALESPEOPLE.equals(table)) {
      salespeople.deleteSalesperson(code);
    } else {
      codes.delete(table(table), code);
    }
    return Response.noContent().build();
  }

  private static CodeTable table(String path) {
    return CodeTable.byPath(path).orElseThrow(() -> new UnknownRecordException("codeTable.unknown", path));
  }
}
