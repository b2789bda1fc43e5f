package crm.service.letter;

import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.Letterhead;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark data (not a test): realistic, reproducible {@link Recipient}s as {@link RecipientQuery}
 * would read them for a logged segment, with English, French and Danish contacts (and
 * German, Polish, Czech and Hungarian names among the English ones, which exercise Latin-1 and
 * Latin Extended-A), companies and persons, and the demo templates BUS and EMAIL of {@code
 * demo/cronus.sql} copied word for word. Used by {@link LetterBenchmark} and {@code
 * crm.service.mail.MailBenchmark}.
 */
public final class BenchmarkRecipients {

  /** The demo company's letterhead, as {@code MarketingSetup.letterhead()} builds it from cronus.sql. */
  public static final Letterhead LETTERHEAD = new Letterhead("CRONUS International Ltd.",
      List.of("5 The Ring", "Westminster", "W2 8HG London"), "+44 20 7946 0000",
      "marketing@cronus.example", "www.cronus.example", "London");

  public static final String SETUP_SENDER_EMAIL = "marketing@cronus.example";
  public static final String SETUP_SENDER_NAME = "CRONUS Marketing";

  /** Template code → language → {subject, body}; verbatim from demo/cronus.sql. */
  private static final Map<String, Map<String, String[]>> TEMPLATES = Map.of(
      "BUS", Map.of(
          "DAN", new String[] {"Tak for dit besøg på messen",
              "Tak for dit besøg på CRONUS' stand på messen Computer Futurus. Det var en fornøjelse at møde dig og høre mere om {{contact.companyName}}.\n"
              + "\n"
              + "Som lovet vil vi gerne fortælle dig mere om Millennium Server, vores nye server, som vi præsenterede på messen. Den kombinerer høj ydeevne med lave driftsomkostninger og er nem at installere i et eksisterende netværk.\n"
              + "\n"
              + "{{salesperson.name}} kontakter dig i løbet af de kommende uger for at drøfte, hvordan Millennium Server kan hjælpe {{contact.companyName}}. Har du spørgsmål inden da, er du velkommen til at svare på dette brev."},
          "ENU", new String[] {"Thank you for visiting the trade show",
              "Thank you for visiting the CRONUS stand at the Computer Futurus trade show. It was a pleasure to meet you and to learn more about {{contact.companyName}}.\n"
              + "\n"
              + "As promised, we would like to tell you more about the Millennium Server, the new server we presented at the show. It combines high performance with low running costs and is easy to install in any existing network.\n"
              + "\n"
              + "{{salesperson.name}} will contact you in the coming weeks to discuss how the Millennium Server can help {{contact.companyName}}. If you have any questions in the meantime, simply reply to this letter."},
          "FRA", new String[] {"Merci de votre visite au salon",
              "Nous vous remercions de votre visite sur le stand CRONUS lors du salon Computer Futurus. Ce fut un plaisir de vous rencontrer et d'en apprendre davantage sur {{contact.companyName}}.\n"
              + "\n"
              + "Comme convenu, nous souhaitons vous présenter plus en détail le Millennium Server, notre nouveau serveur dévoilé à l'occasion du salon. Il allie des performances élevées à des coûts d'exploitation réduits et s'intègre facilement à votre réseau existant.\n"
              + "\n"
              + "{{salesperson.name}} prendra contact avec vous dans les prochaines semaines afin d'étudier ce que le Millennium Server peut apporter à {{contact.companyName}}. D'ici là, n'hésitez pas à répondre à ce courrier pour toute question."}),
      "EMAIL", Map.of(
          "ENU", new String[] {"Your Millennium Server information from Computer Futurus",
              "Thank you for stopping by the CRONUS stand at Computer Futurus. We hope you enjoyed the show as much as we did.\n"
              + "\n"
              + "As promised, here is more information about the Millennium Server: a fast, reliable and energy-efficient server that is ready for {{contact.companyName}} today and grows with your business tomorrow.\n"
              + "\n"
              + "Would you like a personal demonstration? Simply reply to this e-mail and {{salesperson.name}} will arrange a meeting at a time that suits you."},
          "FRA", new String[] {"Vos informations sur le Millennium Server après Computer Futurus",
              "Merci de votre visite sur le stand CRONUS lors du salon Computer Futurus. Nous espérons que vous avez apprécié le salon autant que nous.\n"
              + "\n"
              + "Comme promis, voici davantage d'informations sur le Millennium Server : un serveur rapide, fiable et économe en énergie, prêt dès aujourd'hui pour {{contact.companyName}} et capable d'évoluer avec votre entreprise.\n"
              + "\n"
              + "Souhaitez-vous une démonstration personnalisée ? Il vous suffit de répondre à cet e-mail et {{salesperson.name}} organisera un rendez-vous à la date qui vous convient."}));

  /** The template's own language, used when it has no text in the contact's (as the query does). */
  private static final String TEMPLATE_DEFAULT_LANGUAGE = "ENU";

  private record Country(String language, String code, String[] firstNames, String[] surnames,
      String[] companies, String[] streets, String[][] cities) {}

  private static final Country[] COUNTRIES = {
      new Country("ENU", "GB",
          new String[] {"Oliver", "Amelia", "Siobhán", "Seán", "Zoë", "Chloë", "Ruairí", "Niamh",
              "Jürgen", "Łukasz", "Zoltán", "Antonín", "Renée", "James", "Émilie", "Małgorzata"},
          new String[] {"O'Brien", "Whitaker", "Brontë", "Ó Súilleabháin", "Größ", "Wałęsa",
              "Szőke", "Dvořák", "Fitzgerald-Núñez", "Patel", "Hughes", "Müller-Lüdenscheidt"},
          new String[] {"The Cannon Group PLC", "Selangorian Ltd.", "Brontë & Daughters Ltd",
              "Ó Súilleabháin Engineering", "Größ Precision UK Ltd", "Deerfield Graphics Company"},
          new String[] {"192 Market Square", "153 Thames Street", "10 Mount Pleasant",
              "2 Riverside Walk", "Flat 3, 21 St Mary's Place", "6 Fleet Lane"},
          new String[][] {{"B27 4KT", "Birmingham"}, {"EC4R 3TS", "London"}, {"GU1 4RB", "Guildford"},
              {"M20 6FG", "Manchester"}, {"EH2 2PB", "Edinburgh"}}),
      new Country("FRA", "FR",
          new String[] {"Françoise", "Hélène", "Jérôme", "Gaëlle", "Benoît", "Anaïs", "Loïc",
              "Noémie", "Éric", "Maëlle", "Clément", "Léa"},
          new String[] {"Lefèvre", "Bérenger", "Dubœuf", "Ménard", "Géraud", "Côté", "Lemaître",
              "Faure", "Château-Thierry", "Leclère", "Besançon", "Mäder"},
          new String[] {"Lumière & Fils SARL", "Café Crème SAS", "Atelier Lefèvre",
              "Société Générale d'Éclairage", "Électricité Côté & Cie", "Bœuf Frères SA"},
          new String[] {"14 rue de l'Église", "3 place de la République", "27 avenue Jean-Jaurès",
              "8 quai Saint-Étienne", "112 boulevard Haussmann", "5 impasse des Frênes"},
          new String[][] {{"69002", "Lyon"}, {"75008", "Paris"}, {"13001", "Marseille"},
              {"31000", "Toulouse"}, {"67000", "Strasbourg"}, {"97400", "Saint-Denis"}}),
      new Country("DAN", "DK",
          new String[] {"Jørgen", "Søren", "Åse", "Bjørn", "Mette", "Sørine", "Kirsten", "Ditte",
              "Øjvind", "Mads", "Frederikke", "Æbelone"},
          new String[] {"Ærø", "Nørgaard", "Østergaard", "Sørensen", "Kjær", "Bækgaard",
              "Lindhøj", "Mølgaard", "Ravnsbæk", "Dahl", "Thygesen", "Brøndum"},
          new String[] {"Jørgensen & Søn A/S", "Ærø Elektronik ApS", "Østergaard Møbler A/S",
              "Nørrebro Træ ApS", "Brøndby Kølesystemer A/S", "Skårup & Bøgh I/S"},
          new String[] {"Vesterbrogade 42", "Søndergade 12", "Åboulevarden 18",
              "Østergade 12, 2. th.", "Nørre Allé 7", "Strandvejen 180, st."},
          new String[][] {{"1620", "København V"}, {"5970", "Ærøskøbing"}, {"8000", "Aarhus C"},
              {"2100", "København Ø"}, {"9000", "Aalborg"}, {"6700", "Esbjerg"}}),
  };

  /** Salesperson: name, email, phone, job title (demo ones plus two with accents). */
  private static final String[][] SALESPEOPLE = {
      {"Jim Olive", "jim.olive@cronus.example", "+44 20 7946 0501", "Sales Manager"},
      {"Peter Saddow", "peter.saddow@cronus.example", "+44 20 7946 0502", "Account Manager"},
      {"Helen Ray", "helen.ray@cronus.example", "+44 20 7946 0503", "Marketing Manager"},
      {"Annette Hill", "annette.hill@cronus.example", "+44 20 7946 0504", "Sales Representative"},
      {"Hélène Martin", "helene.martin@cronus.example", "+33 1 42 68 00 12", "Responsable commerciale"},
      {"Søren Kierkegaard Nørgaard", "soren.norgaard@cronus.example", "+45 70 20 30 40", "Salgschef, Skandinavien"},
  };

  private BenchmarkRecipients() {}

  /**
   * {@code count} entries of one logged segment for {@code templateCode} ("BUS" or "EMAIL"),
   * same data for the same arguments. About one in five contacts is a company, the rest persons
   * working for one.
   */
  public static List<Recipient> generate(int count, String templateCode, CorrespondenceType type) {
    Map<String, String[]> texts = TEMPLATES.get(templateCode);
    if (texts == null) {
      throw new IllegalArgumentException("No benchmark template " + templateCode);
    }
    Random random = new Random(20_261_123L);
    List<Recipient> recipients = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Country c = COUNTRIES[i % COUNTRIES.length];
      boolean company = random.nextInt(5) == 0;
      String companyName = pick(random, c.companies);
      String firstName = company ? null : pick(random, c.firstNames);
      String surname = company ? null : pick(random, c.surnames);
      String name = company ? companyName : firstName + " " + surname;
      String[] city = c.cities[random.nextInt(c.cities.length)];
      String[] sp = SALESPEOPLE[random.nextInt(SALESPEOPLE.length)];
      String domain = ascii(companyName).replaceAll("[^a-z0-9]+", "") + ".example";
      String email = (company ? "info" : ascii(firstName + "." + surname).replaceAll("[^a-z0-9.]+", ""))
          + "." + (i + 1) + "@" + domain;
      String templateLanguage = texts.containsKey(c.language) ? c.language : TEMPLATE_DEFAULT_LANGUAGE;
      String[] text = texts.get(templateLanguage);
      recipients.add(new Recipient(i + 1L, type, c.language, null,
          String.format(Locale.ROOT, "CT%07d", i + 1), company, name, firstName, surname,
          company ? null : companyName, pick(random, c.streets), null, city[0], city[1], c.code,
          email, false, sp[0], sp[1], sp[2], sp[3], "CP1001",
          "Computer Futurus trade show follow-up", "SM10001", templateCode, templateLanguage,
          text[0], text[1], null, true, null));
    }
    return recipients;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A lower-case ASCII form for email addresses: "Jørgen Ærø" → "joergen aeroe". */
  private static String ascii(String text) {
    String folded = text.toLowerCase(Locale.ROOT)
        .replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace("ß", "ss")
        .replace("ł", "l").replace("œ", "oe").replace("'", "");
    return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
