package crm.domain.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The date as a letter writes it: day, month in words, year, in the letter's language ("23 November
 * 2026", "23 novembre 2026", "23. november 2026", "23. November 2026", "23 november 2026"). The
 * patterns are fixed rather than the JDK's {@code FormatStyle.LONG}, so a JDK update cannot change
 * what customers receive. French writes the first of the month "1er".
 */
public final class LetterDates {

  private static final Map<LetterLanguage, DateTimeFormatter> LONG =
      new EnumMap<>(LetterLanguage.class);
  private static final DateTimeFormatter FRENCH_FIRST =
      DateTimeFormatter.ofPattern("d'er' MMMM uuuu", LetterLanguage.FRA.locale());

  static {
    for (LetterLanguage language : LetterLanguage.values()) {
      String pattern =
          switch (language) {
            case DAN, DEU -> "d. MMMM uuuu";
            case ENU, FRA, NLD -> "d MMMM uuuu";
          };
      LONG.put(language, DateTimeFormatter.ofPattern(pattern, language.locale()));
    }
  }

  private LetterDates() {}

  /** The long date, e.g. "23 novembre 2026" or "1er novembre 2026". */
  public static String longDate(LocalDate date, LetterLanguage language) {
    Objects.requireNonNull(date, "date");
    if (language == LetterLanguage.FRA && date.getDayOfMonth() == 1) {
      return FRENCH_FIRST.format(date);
    }
    return LONG.get(language).format(date);
  }

  /**
   * The place-and-date line printed above the subject: "Paris, le 23 novembre 2026", "København,
   * 23. november 2026"; only the date when the place is empty.
   */
  public static String placeAndDate(String place, LocalDate date, LetterLanguage language) {
    String longDate = longDate(date, language);
    if (place == null || place.isBlank()) {
      return longDate;
    }
    String separator = language == LetterLanguage.FRA ? ", le " : ", ";
    return place.strip() + separator + longDate;
  }
}
