package crm.rest.shared;

import crm.domain.shared.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every other error becomes a problem-details body, never a stack trace: unreadable JSON is a
 * 400, a concurrent change a 409, HTTP errors keep their status, a value the database refuses a
 * 422 ({@link Refusals}), and anything unexpected is logged and answered with a plain 500.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Context private HttpHeaders headers;
  @Context private Request request;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = unwrap(thrown);
    if (e instanceof BusinessException business) {
      return Problems.of(business, headers);
    }
    if (e instanceof OptimisticLockException) {
      return Problems.of(409, Message.of(headers, "record.changedMeanwhile", ""));
    }
    if (e instanceof JsonbException || e instanceof ProcessingException) {
      return Refusals.unreadableBody(e, headers);
    }
    if (e instanceof WebApplicationException web) {
      return Refusals.http(web, headers, request);
    }
    Optional<Response> refusedByDatabase = Refusals.database(thrown, headers);
    if (refusedByDatabase.isPresent()) {
      return refusedByDatabase.get();
    }
    LOG.log(Level.SEVERE, "Unexpected error in the REST API", thrown);
    return Problems.of(500, Message.of(headers, "server.error"));
  }

  private static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException
        || isPersistenceWrapper(current)) && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isPersistenceWrapper(Throwable e) {
    return e instanceof jakarta.persistence.PersistenceException && !(e instanceof OptimisticLockException)
        && e.getCause() instanceof OptimisticLockException;
  }
}
