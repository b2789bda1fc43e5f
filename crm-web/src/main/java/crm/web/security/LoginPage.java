package crm.web.security;

/** Where the login page sends the user after a successful login. */
final class LoginPage {

  private static final String HOME = "/index.xhtml";

  private LoginPage() {}

  /**
   * The page asked for before the login when it is a page of this application (a path starting
   * with one "/"), else the home page: the parameter must not send the user to another site.
   */
  static String target(String continueTo) {
    if (continueTo == null || !continueTo.startsWith("/") || continueTo.startsWith("//")
        || continueTo.contains("\\") || continueTo.startsWith(LoginMechanism.LOGIN_PAGE)
        || continueTo.chars().anyMatch(Character::isISOControl)) {
      return HOME;
    }
    return continueTo;
  }
}
