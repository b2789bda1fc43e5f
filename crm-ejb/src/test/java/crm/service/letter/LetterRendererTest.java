package crm.service.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import crm.domain.letter.Letter;
import crm.domain.letter.PaperSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d+ / \\d+");
  private static byte[] batch;
  private static List<String> pages;

  private final LetterRenderer renderer = new LetterRenderer();

  @BeforeAll
  static void renderBatch() throws IOException {
    batch =
        new LetterRenderer()
            .render(
                SampleLetters.letterhead(),
                PaperSize.A4,
                List.of(SampleLetters.french(), SampleLetters.danish(), SampleLetters.german()));
    pages = pageTexts(batch);
  }

  @Test
  void eachLetterStartsOnANewPageAndTheLongOneTakesTwo() {
    assertThat(pages).hasSize(4);
  }

  @Test
  void printsRecipientSalutationSubjectAndBodyOnTheLettersFirstPage() {
    assertThat(pages.get(0))
        .contains("Madame Françoise Lefèvre", "14 rue de l'Église", "69002 Lyon")
        .contains("Paris, le 23 novembre 2026", "Votre invitation au salon Lumière 2027")
        .contains("Bonjour Françoise Lefèvre,", "une remise de 250 € sur toute commande")
        .contains("Cordialement,", "Hélène Martin");
    assertThat(pages.get(1))
        .contains("Jørgen Ærø", "Østergade 12, 2. th.", "8000 Aarhus C")
        .contains(
            "Paris, 23. november 2026", "Kære Jørgen Ærø,", "Som en af vores trofaste kunder");
    assertThat(pages.get(3))
        .contains("Herrn Jürgen Größ", "Größ & Söhne GmbH", "40212 Düsseldorf")
        .contains(
            "Ihr Angebot über 1.250,00 €", "Guten Tag Jürgen Größ,", "Mit freundlichen Grüßen");
  }

  @Test
  void longBodyFlowsOntoTheSecondPageWithTheSignature() {
    assertThat(pages.get(2))
        .contains("halveret deres elforbrug", "Med venlig hilsen", "Søren Kierkegaard Nørgaard")
        .doesNotContain("Jørgen Ærø");
  }

  @Test
  void letterheadAndReturnAddressAppearOnEveryFirstPageOnly() {
    for (int page : new int[] {0, 1, 3}) {
      assertThat(pages.get(page)).contains("Lumière & Co. SAS · 12 rue de la Paix · 75002 Paris");
    }
    assertThat(pages.get(2)).doesNotContain("contact@lumiere-co.fr");
  }

  @Test
  void numbersPagesOnlyOfTheLetterThatRunsOverOnePage() {
    assertThat(pages.get(1)).contains("1 / 2");
    assertThat(pages.get(2)).contains("2 / 2");
    assertThat(PAGE_NUMBER.matcher(pages.get(0)).find()).isFalse();
    assertThat(PAGE_NUMBER.matcher(pages.get(3)).find()).isFalse();
  }

  @Test
  void embedsEveryFont() throws IOException {
    PdfReader reader = new PdfReader(batch);
    List<PdfDictionary> fonts = new ArrayList<>();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      PdfFonts.collect(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts);
    }
    assertThat(fonts)
        .isNotEmpty()
        .allSatisfy(font -> assertThat(PdfFonts.isEmbedded(font)).isTrue());
  }

  @Test
  void usesThePaperSizeAsked() throws IOException {
    assertPageSize(PaperSize.A4, 595, 842);
    assertPageSize(PaperSize.US_LETTER, 612, 792);
  }

  /**
   * Bodies of 1 to 60 paragraphs push the closing down a line at a time, across the page's end
   * (and a long closing, which may wrap, is measured the other way): wherever it falls, the
   * closing, the name, the title and the contact line stand on one page, and nothing is lost.
   */
  @Test
  void theClosingAndSignatureAreNeverSplitAcrossPages() throws IOException {
    Letter sample = SampleLetters.french();
    String longClosing = "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées et de notre"
        + " profond dévouement, en espérant vous voir très bientôt à notre stand du salon Lumière.";
    for (String closing : List.of(sample.closing(), longClosing)) {
      String closingStart = closing.substring(0, Math.min(20, closing.length()));
      for (int paragraphs = 1; paragraphs <= 60; paragraphs++) {
        String body = IntStream.rangeClosed(1, paragraphs).mapToObj(i -> "Paragraphe " + i + ".")
            .collect(Collectors.joining("\n\n"));
        Letter letter = new Letter(sample.recipientLines(), sample.placeAndDate(), sample.subject(),
            sample.salutation(), body, closing, sample.signatureName(), sample.signatureTitle(),
            sample.senderEmail(), sample.senderPhone());
        List<String> texts = pageTexts(renderer.render(SampleLetters.letterhead(), PaperSize.A4, letter));
        String last = texts.get(texts.size() - 1);
        assertThat(last).as("%d paragraphs: the signature's page", paragraphs)
            .contains(closingStart, "Hélène Martin", "Responsable commerciale", "helene.martin@lumiere-co.fr");
        assertThat(String.join(" ", texts)).as("%d paragraphs: every paragraph", paragraphs)
            .contains("Paragraphe " + paragraphs + ".");
        for (String page : texts.subList(0, texts.size() - 1)) {
          assertThat(page).doesNotContain("Hélène Martin", closingStart);
        }
      }
    }
  }

  @Test
  void refusesAnEmptyBatch() {
    assertThrows(
        IllegalArgumentException.class,
        () -> renderer.render(SampleLetters.letterhead(), PaperSize.A4, List.of()));
  }

  @Test
  void writesASampleForVisualCheck() throws Exception {
    Path pdf = Path.of("target", "letter-sample.pdf");
    Files.createDirectories(pdf.getParent());
    Files.write(pdf, batch);
    Path pdftoppm = Path.of("/usr/bin/pdftoppm");
    if (Files.isExecutable(pdftoppm)) {
      Process process =
          new ProcessBuilder(
                  pdftoppm.toString(),
                  "-png",
                  "-r",
                  "100",
                  "-f",
                  "1",
                  "-l",
                  "1",
                  "-singlefile",
                  pdf.toString(),
                  "target/letter-sample")
              .redirectErrorStream(true)
              .start();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
      assertThat(Path.of("target", "letter-sample.png")).exists();
    }
  }

  private void assertPageSize(PaperSize paper, float width, float height) throws IOException {
    PdfReader reader =
        new PdfReader(renderer.render(SampleLetters.letterhead(), paper, SampleLetters.german()));
    assertThat(reader.getPageSize(1).getWidth()).isEqualTo(width);
    assertThat(reader.getPageSize(1).getHeight()).isEqualTo(height);
  }

  private static List<String> pageTexts(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    List<String> texts = new ArrayList<>();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      texts.add(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
    }
    return texts;
  }
}
