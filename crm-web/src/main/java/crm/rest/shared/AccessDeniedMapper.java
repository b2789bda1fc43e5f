package crm.rest.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service refused the call because the user's roles do not allow it ({@code @RolesAllowed}):
 * 403 with a problem-details body. Its own mapper, because the EJB exception mapper of the server
 * would otherwise answer 500.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException e) {
    return Problems.of(403, Message.of(headers, "request.forbidden"));
  }
}
