package crm.rest.shared;

import crm.domain.shared.BusinessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused action: 404 unknown record, 409 conflict, 422 invalid values, with the reason. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException e) {
    return Problems.of(e, headers);
  }
}
