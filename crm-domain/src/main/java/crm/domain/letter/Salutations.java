package crm.domain.letter;

/**
 * How a letter greets its reader and signs off, per language. Contacts have no gender or title, so
 * every rule here is gender-neutral:
 *
 * <ul>
 *   <li>A person is addressed formally by full name: "Dear Jørgen Ærø,", "Bonjour Françoise
 *       Lefèvre,", "Kære Jørgen Ærø,", "Guten Tag Jürgen Größ,", "Geachte Jan de Vries,". French
 *       "Madame, Monsieur," is kept for companies, and "Cher/Chère" or German "Sehr geehrte/r" are
 *       avoided because they would guess the reader's gender.
 *   <li>A company, or a person without a name, gets the anonymous form: "Dear Sir or Madam,",
 *       "Madame, Monsieur,", "Kære modtager,", "Sehr geehrte Damen und Herren,", "Geachte heer,
 *       mevrouw,".
 *   <li>Informal greetings use the first name: "Dear John,", "Bonjour Jean,", "Kære Søren,", "Hallo
 *       Jürgen,", "Beste Jan,"; without a first name they fall back to the formal form.
 * </ul>
 */
public final class Salutations {

  private Salutations() {}

  /** The formal greeting, e.g. "Dear Jørgen Ærø," or "Sehr geehrte Damen und Herren,". */
  public static String formal(
      LetterLanguage language, String firstName, String surname, boolean company) {
    String name = (clean(firstName) + " " + clean(surname)).strip();
    if (company || name.isEmpty()) {
      return anonymous(language);
    }
    return switch (language) {
      case ENU -> "Dear " + name + ",";
      case FRA -> "Bonjour " + name + ",";
      case DAN -> "Kære " + name + ",";
      case DEU -> "Guten Tag " + name + ",";
      case NLD -> "Geachte " + name + ",";
    };
  }

  /** The first-name greeting, e.g. "Kære Søren,"; the formal one when there is no first name. */
  public static String informal(
      LetterLanguage language, String firstName, String surname, boolean company) {
    String first = clean(firstName);
    if (company || first.isEmpty()) {
      return formal(language, firstName, surname, company);
    }
    return switch (language) {
      case ENU -> "Dear " + first + ",";
      case FRA -> "Bonjour " + first + ",";
      case DAN -> "Kære " + first + ",";
      case DEU -> "Hallo " + first + ",";
      case NLD -> "Beste " + first + ",";
    };
  }

  /**
   * The complimentary close above the signature, matching the formal greeting: British usage pairs
   * "Dear Sir or Madam," with "Yours faithfully,"; German and Danish (DIN 5008 and Danish custom)
   * write it without a comma.
   */
  public static String closing(
      LetterLanguage language, String firstName, String surname, boolean company) {
    return switch (language) {
      case ENU ->
          formal(language, firstName, surname, company).equals(anonymous(language))
              ? "Yours faithfully,"
              : "Yours sincerely,";
      case FRA -> "Cordialement,";
      case DAN -> "Med venlig hilsen";
      case DEU -> "Mit freundlichen Grüßen";
      case NLD -> "Met vriendelijke groet,";
    };
  }

  private static String anonymous(LetterLanguage language) {
    return switch (language) {
      case ENU -> "Dear Sir or Madam,";
      case FRA -> "Madame, Monsieur,";
      case DAN -> "Kære modtager,";
      case DEU -> "Sehr geehrte Damen und Herren,";
      case NLD -> "Geachte heer, mevrouw,";
    };
  }

  private static String clean(String name) {
    return name == null ? "" : name.strip();
  }
}
