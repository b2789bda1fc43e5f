package crm.domain.shared;

/** What an email address must look like wherever one is typed in: something@domain.tld, no spaces. */
public final class EmailFormat {

  private EmailFormat() {}

  /** True for an empty value (no address) or one that looks like an email address. */
  public static boolean isBlankOrValid(String email) {
    return email == null || email.isBlank() || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }
}
