package crm.rest.audit;

import crm.domain.audit.AuditAction;
import crm.rest.shared.Params;
import crm.service.audit.AuditTrail;
import crm.service.shared.ListRequest.Operator;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The audit trail (F-74), the administrator's: filter by record, user, action and dates. */
@Path("audit-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditEntryResource {

  @Inject private AuditTrail trail;

  @GET
  public Page<AuditEntryDto> list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("recordType") String recordType, @QueryParam("recordKey") String recordKey,
      @QueryParam("userName") String userName, @QueryParam("action") String action,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    var request = Params.list(page, size, sort)
        .whereEqual("recordType", recordType)
        .whereEqual("recordKey", recordKey)
        .whereEqual("userName", userName)
        .whereEqual("action", Params.enumValue(AuditAction.class, "action", action))
        .where("changedAt", Operator.AT_LEAST, startOf(Params.date("from", from)))
        .where("changedAt", Operator.AT_MOST, endOf(Params.date("to", to)));
    return trail.list(request).map(AuditEntryDto::from);
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
  }

  private static OffsetDateTime endOf(LocalDate day) {
    return day == null ? null : startOf(day.plusDays(1)).minusNanos(1000);
  }
}
