package crm.web.security;

import java.io.Serializable;

/**
 * A password typed in a dialog and never shown: the action that uses it takes it, which empties
 * the field whether the action succeeds or not, so the page never sends it back to the browser.
 */
final class TypedPassword implements Serializable {

  private static final long serialVersionUID = 1L;
  private String typed;

  /** The password typed, the field emptied. */
  String take() {
    String secret = typed;
    typed = null;
    return secret;
  }

  void clear() {
    typed = null;
  }

  String get() {
    return typed;
  }

  void set(String password) {
    typed = password;
  }
}
