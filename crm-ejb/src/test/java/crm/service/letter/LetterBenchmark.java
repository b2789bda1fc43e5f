package crm.service.letter;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import crm.domain.interaction.CorrespondenceType;
import crm.domain.letter.Letter;
import crm.domain.letter.Letterhead;
import crm.domain.letter.PaperSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Letter printing benchmark (a {@code main}, not a test; not run by CI). N personalised one-page
 * letters, merged from the demo BUS template through {@link Recipient#letter} exactly as logging a
 * segment does, are printed as one batch by {@link LetterRenderer#render(Letterhead, PaperSize,
 * List)}, and, in the same run, by a bare OpenPDF loop writing the same text with the same embedded
 * font file (one Document, a newPage per letter, plain paragraphs). Warm-up, then median of 5,
 * alternating the two.
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -o install -DskipTests \
 *   &amp;&amp; mvn -q -o -pl crm-ejb -Pbench test-compile exec:java \
 *        -Dexec.mainClass=crm.service.letter.LetterBenchmark [-Dletters=10000] [-Druns=5] [-Dwarmups=2]
 * </pre>
 *
 * The last PDFs of each side are written to {@code crm-ejb/target/letter-benchmark-*.pdf}.
 */
public final class LetterBenchmark {

  private static final int LETTERS = Integer.getInteger("letters", 10_000);
  private static final int RUNS = Integer.getInteger("runs", 5);
  private static final int WARMUPS = Integer.getInteger("warmups", 2);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final PaperSize PAPER = PaperSize.A4;
  private static final double TARGET_RATE = 1_000;
  private static final double TARGET_RATIO = 1.3;

  /** Bare side: the same font file, loaded once per JVM as {@link LetterFonts} does. */
  private static final BaseFont BARE_FONT = loadFont("LiberationSans-Regular.ttf");

  private LetterBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.out.printf(Locale.ROOT, "Letter benchmark: %,d letters, A4, %d warm-up(s), median of %d; %s, %d CPUs%n",
        LETTERS, WARMUPS, RUNS, Runtime.version(), Runtime.getRuntime().availableProcessors());
    List<Recipient> recipients = BenchmarkRecipients.generate(LETTERS, "BUS", CorrespondenceType.HARD_COPY);
    Letterhead head = BenchmarkRecipients.LETTERHEAD;
    LetterRenderer renderer = new LetterRenderer();

    Supplier<List<Letter>> merge = () -> recipients.stream().map(r -> r.letter(head.place(), TODAY)).toList();
    List<Letter> letters = merge.get();
    printSample(letters);
    List<String> json = letters.stream().map(l -> SentLetters.write(head, l)).toList();

    byte[] app = null;
    byte[] bare = null;
    for (int i = 0; i < WARMUPS; i++) {
      app = renderer.render(head, PAPER, letters);
      bare = bareOpenPdf(letters);
      merge.get();
      json.forEach(SentLetters::read);
    }
    long[] appNanos = new long[RUNS];
    long[] bareNanos = new long[RUNS];
    long[] mergeNanos = new long[RUNS];
    long[] readNanos = new long[RUNS];
    for (int run = 0; run < RUNS; run++) {
      // Alternate the order so that neither side always runs right after a collection.
      boolean appFirst = run % 2 == 0;
      if (appFirst) {
        appNanos[run] = time(() -> renderer.render(head, PAPER, letters));
        bareNanos[run] = time(() -> bareOpenPdf(letters));
      } else {
        bareNanos[run] = time(() -> bareOpenPdf(letters));
        appNanos[run] = time(() -> renderer.render(head, PAPER, letters));
      }
      mergeNanos[run] = time(merge::get);
      readNanos[run] = time(() -> json.forEach(SentLetters::read));
      System.out.printf(Locale.ROOT, "  run %d: LetterRenderer %7.0f ms, bare OpenPDF %7.0f ms%n",
          run + 1, appNanos[run] / 1e6, bareNanos[run] / 1e6);
    }
    app = renderer.render(head, PAPER, letters);
    bare = bareOpenPdf(letters);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.write(target.resolve("letter-benchmark-app.pdf"), app);
      Files.write(target.resolve("letter-benchmark-bare.pdf"), bare);
    }

    double appRate = rate(median(appNanos));
    double bareRate = rate(median(bareNanos));
    int appPages = pages(app);
    int barePages = pages(bare);
    double ratio = bareRate / appRate;
    System.out.println();
    System.out.printf(Locale.ROOT, "%-38s %10s %12s %10s %12s %9s%n",
        "Rendering " + String.format(Locale.ROOT, "%,d", LETTERS) + " letters", "median ms", "letters/s", "pages",
        "PDF size", "KB/letter");
    row("LetterRenderer.render (application)", median(appNanos), appRate, appPages, app.length);
    row("bare OpenPDF loop", median(bareNanos), bareRate, barePages, bare.length);
    System.out.printf(Locale.ROOT, "%-38s %10.2fx  (application time / bare time; target <= %.1fx)%n",
        "ratio", ratio, TARGET_RATIO);
    System.out.println();
    System.out.printf(Locale.ROOT, "%-38s %10.0f ms  (%,.0f letters/s; Recipient.letter, done once when logging)%n",
        "merge (not in the figures above)", median(mergeNanos) / 1e6, rate(median(mergeNanos)));
    System.out.printf(Locale.ROOT, "%-38s %10.0f ms  (%,.0f letters/s; LetterService re-reads the stored JSON)%n",
        "SentLetters.read (not in the above)", median(readNanos) / 1e6, rate(median(readNanos)));
    System.out.println();
    boolean rateMet = appRate >= TARGET_RATE;
    boolean ratioMet = ratio <= TARGET_RATIO;
    System.out.printf(Locale.ROOT, "Target >= %,.0f letters/s: %s (%,.0f)%n", TARGET_RATE, rateMet ? "MET" : "NOT MET", appRate);
    System.out.printf(Locale.ROOT, "Target within %.1fx of bare OpenPDF: %s (%.2fx)%n", TARGET_RATIO,
        ratioMet ? "MET" : "NOT MET", ratio);
    System.out.printf(Locale.ROOT, "One page per letter: application %s, bare %s%n",
        appPages == LETTERS ? "yes" : "NO (" + appPages + " pages)", barePages == LETTERS ? "yes" : "NO (" + barePages + " pages)");
  }

  /**
   * The same text as the application prints, through OpenPDF with no letter logic: one Document,
   * a new page per letter, one plain paragraph per line or paragraph, one font.
   */
  static byte[] bareOpenPdf(List<Letter> letters) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32_768 + 4_096 * letters.size());
    Document document = new Document(new Rectangle(PAPER.width(), PAPER.height()),
        PAPER.leftMargin(), PAPER.rightMargin(), 72, 72);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      Font font = new Font(BARE_FONT, 10.5f);
      boolean first = true;
      for (Letter letter : letters) {
        if (!first) {
          document.newPage();
        }
        first = false;
        for (String text : texts(letter)) {
          document.add(new Paragraph(text, font));
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** Every piece of text of the letter, in reading order. */
  private static List<String> texts(Letter letter) {
    List<String> texts = new ArrayList<>(letter.recipientLines());
    texts.addAll(Arrays.asList(letter.placeAndDate(), letter.subject(), letter.salutation()));
    texts.addAll(letter.paragraphs());
    texts.addAll(Arrays.asList(letter.closing(), letter.signatureName(), letter.signatureTitle(),
        letter.senderEmail() + "  ·  " + letter.senderPhone()));
    return texts;
  }

  private static void printSample(List<Letter> letters) {
    for (int i : new int[] {0, 1, 2, 4}) {
      Letter l = letters.get(i);
      System.out.printf("  sample %d: %s | %s | %s | %s%n", i + 1, String.join(", ", l.recipientLines()),
          l.placeAndDate(), l.subject(), l.salutation());
    }
  }

  private static void row(String label, long nanos, double rate, int pages, int bytes) {
    System.out.printf(Locale.ROOT, "%-38s %10.0f %12s %10s %9.1f MB %9.2f%n", label, nanos / 1e6,
        String.format(Locale.ROOT, "%,.0f", rate), String.format(Locale.ROOT, "%,d", pages),
        bytes / 1048576.0, bytes / 1024.0 / LETTERS);
  }

  private static long time(Runnable task) {
    System.gc();
    long start = System.nanoTime();
    task.run();
    return System.nanoTime() - start;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double rate(long nanos) {
    return LETTERS / (nanos / 1e9);
  }

  private static int pages(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      return reader.getNumberOfPages();
    } finally {
      reader.close();
    }
  }

  private static BaseFont loadFont(String fileName) {
    try (InputStream in = LetterBenchmark.class.getResourceAsStream("/fonts/" + fileName)) {
      return BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("Cannot load font " + fileName, e);
    }
  }
}
