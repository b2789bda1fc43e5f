package crm.rest.shared;

import jakarta.ws.rs.BadRequestException;

/** Refuses a request that should carry a JSON body but has none. */
public final class Bodies {

  private Bodies() {}

  public static <T> T require(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    return body;
  }
}
