package crm.domain.letter;

import java.util.Locale;

/**
 * The languages a letter can be written in, by the three-letter codes the template languages and
 * contacts use (F-31). A contact whose language has no letter rules gets English, the house
 * fallback, rather than an error: the letter still goes out.
 */
public enum LetterLanguage {
  ENU(Locale.UK),
  FRA(Locale.FRANCE),
  DAN(new Locale("da", "DK")),
  DEU(Locale.GERMANY),
  NLD(new Locale("nl", "NL"));

  private final Locale locale;

  LetterLanguage(Locale locale) {
    this.locale = locale;
  }

  /** The locale for month names and number formats in this language. */
  public Locale locale() {
    return locale;
  }

  /** The language for a code such as {@code "FRA"} (any case); unknown or empty gives ENU. */
  public static LetterLanguage fromCode(String code) {
    if (code != null) {
      for (LetterLanguage language : values()) {
        if (language.name().equalsIgnoreCase(code.strip())) {
          return language;
        }
      }
    }
    return ENU;
  }
}
