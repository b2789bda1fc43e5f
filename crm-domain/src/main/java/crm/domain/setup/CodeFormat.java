package crm.domain.setup;

import crm.domain.shared.InvalidInputException;

/** What a code looks like (codes of code tables, templates, saved criteria): PURCHASE, 1-PLAN, BUS. */
public final class CodeFormat {

  private CodeFormat() {}

  public static void check(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("code.required");
    }
    if (!code.matches("[A-Z0-9][A-Z0-9_.\\-]{0,19}")) {
      throw new InvalidInputException("code.badFormat", code);
    }
  }
}
