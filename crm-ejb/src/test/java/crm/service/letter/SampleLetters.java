package crm.service.letter;

import crm.domain.letter.Letter;
import crm.domain.letter.LetterDates;
import crm.domain.letter.LetterLanguage;
import crm.domain.letter.Letterhead;
import crm.domain.letter.Salutations;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/** Test letters in French, Danish and German, with the names and signs that break weak fonts. */
final class SampleLetters {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  static final String DANISH_PARAGRAPH =
      "Som en af vores trofaste kunder i Aarhus vil vi gerne fortælle dig om de nye løsninger, vi"
          + " præsenterer på messen i Bella Center. Vores rådgivere står klar på stand C-14 med"
          + " demonstrationer af belysning til butikker, kontorer og værksteder, og du kan få et"
          + " personligt tilbud på stedet. Vi har også planlagt korte oplæg om energibesparelser,"
          + " hvor vi gennemgår erfaringer fra kunder, der har halveret deres elforbrug på under et"
          + " år.";

  private SampleLetters() {}

  static Letterhead letterhead() {
    return new Letterhead(
        "Lumière & Co. SAS",
        List.of("12 rue de la Paix", "75002 Paris", "France"),
        "+33 1 42 68 00 00",
        "contact@lumiere-co.fr",
        "www.lumiere-co.fr",
        "Paris");
  }

  static Letter french() {
    return new Letter(
        List.of(
            "Madame Françoise Lefèvre",
            "Atelier Lefèvre",
            "14 rue de l'Église",
            "69002 Lyon",
            "France"),
        LetterDates.placeAndDate("Paris", DATE, LetterLanguage.FRA),
        "Votre invitation au salon Lumière 2027",
        Salutations.formal(LetterLanguage.FRA, "Françoise", "Lefèvre", false),
        "Nous avons le plaisir de vous inviter à notre stand au salon Lumière, du 3 au 5 février"
            + " 2027 à Lyon.\n\n"
            + "En tant que cliente fidèle, vous bénéficiez d'une remise de 250 € sur toute commande"
            + " passée pendant le salon.\n\n"
            + "Nous serions ravis de vous y accueillir.",
        Salutations.closing(LetterLanguage.FRA, "Françoise", "Lefèvre", false),
        "Hélène Martin",
        "Responsable commerciale",
        "helene.martin@lumiere-co.fr",
        "+33 1 42 68 00 12");
  }

  /** Long enough to run onto a second page. */
  static Letter danish() {
    return new Letter(
        List.of("Jørgen Ærø", "Østergade 12, 2. th.", "8000 Aarhus C", "Danmark"),
        LetterDates.placeAndDate("Paris", DATE, LetterLanguage.DAN),
        "Invitation til Lumière-messen 2027",
        Salutations.formal(LetterLanguage.DAN, "Jørgen", "Ærø", false),
        String.join("\n\n", Collections.nCopies(9, DANISH_PARAGRAPH)),
        Salutations.closing(LetterLanguage.DAN, "Jørgen", "Ærø", false),
        "Søren Kierkegaard Nørgaard",
        "Salgschef, Skandinavien",
        "soren.norgaard@lumiere-co.fr",
        "+45 70 20 30 40");
  }

  static Letter german() {
    return new Letter(
        List.of(
            "Herrn Jürgen Größ",
            "Größ & Söhne GmbH",
            "Königsallee 5",
            "40212 Düsseldorf",
            "Deutschland"),
        LetterDates.placeAndDate("Paris", DATE, LetterLanguage.DEU),
        "Ihr Angebot über 1.250,00 €",
        Salutations.formal(LetterLanguage.DEU, "Jürgen", "Größ", false),
        "vielen Dank für Ihr Interesse an unseren Leuchten für Büroräume.\n\n"
            + "Gern bestätigen wir Ihnen den Sonderpreis von 1.250,00 € für die Ausstattung Ihres "
            + "Besprechungsraums, gültig bis zum 31. Dezember 2026.",
        Salutations.closing(LetterLanguage.DEU, "Jürgen", "Größ", false),
        "Hélène Martin",
        "Vertriebsleiterin",
        "helene.martin@lumiere-co.fr",
        "");
  }
}
