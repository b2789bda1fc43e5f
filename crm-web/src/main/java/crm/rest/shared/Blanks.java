package crm.rest.shared;

/** Clients send "" for an empty code field; the services expect null for "none". */
public final class Blanks {

  private Blanks() {}

  public static String toNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
