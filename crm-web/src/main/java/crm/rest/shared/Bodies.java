package crm.rest.shared;

import crm.domain.shared.InvalidInputException;

/** Refuses a request that should carry a JSON body but has none. */
public final class Bodies {

  private Bodies() {}

  public static <T> T require(T body) {
    if (body == null) {
      throw new InvalidInputException("request.bodyRequired");
    }
    return body;
  }
}
