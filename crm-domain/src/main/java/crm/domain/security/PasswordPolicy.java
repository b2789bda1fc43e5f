package crm.domain.security;

import crm.domain.shared.InvalidInputException;

/** What a new password must be: long enough. It is hashed at once and never kept or shown. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;

  private PasswordPolicy() {}

  public static void check(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new InvalidInputException("user.passwordTooShort", MIN_LENGTH);
    }
  }
}
