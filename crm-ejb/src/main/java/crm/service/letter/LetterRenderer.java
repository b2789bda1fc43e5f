package crm.service.letter;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import crm.domain.letter.Letter;
import crm.domain.letter.Letterhead;
import crm.domain.letter.PaperSize;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Prints finished letters as one PDF, ready for a printer and window envelopes (F-40, F-41, F-43).
 * Each letter starts on a new page; its first page carries the letterhead and the address in the
 * window position, further pages only text and a page number.
 *
 * <p>Plain Java and stateless, so one instance may serve concurrent callers. A batch is one
 * document: fonts are shared by all letters and embedded once, and the letterhead is drawn once,
 * which keeps large mailings fast and their PDF small.
 */
public final class LetterRenderer {

  private static final float CONTINUATION_TOP = 60;
  private static final float BOTTOM_MARGIN = 72;

  /** One letter, e.g. for a preview before logging (F-42). */
  public byte[] render(Letterhead letterhead, PaperSize paper, Letter letter) {
    return render(letterhead, paper, List.of(letter));
  }

  /**
   * All letters in one PDF, in the given order.
   *
   * @throws IllegalArgumentException when there is no letter to print
   */
  public byte[] render(Letterhead letterhead, PaperSize paper, List<Letter> letters) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32_768 + 4_096 * letters.size());
    render(letterhead, paper, letters.iterator(), out);
    return out.toByteArray();
  }

  /**
   * The letters as they come, each written to {@code out} as soon as it is laid out, so that a
   * batch of any size prints in the memory of a few letters (the caller may read them in chunks).
   *
   * @throws IllegalArgumentException when there is no letter to print
   */
  public void render(Letterhead letterhead, PaperSize paper, Iterator<Letter> letters, OutputStream out) {
    Objects.requireNonNull(letterhead, "letterhead");
    Objects.requireNonNull(paper, "paper");
    if (!letters.hasNext()) {
      throw new IllegalArgumentException("There is no letter to print");
    }
    Document document = new Document(new Rectangle(paper.width(), paper.height()));
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writeAll(letterhead, paper, letters, document, writer);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot lay out the letters", e);
    }
  }

  private static void writeAll(
      Letterhead letterhead,
      PaperSize paper,
      Iterator<Letter> letters,
      Document document,
      PdfWriter writer)
      throws DocumentException {
    PageNumbers numbers = new PageNumbers(paper);
    writer.setPageEvent(numbers);
    document.addCreator("CRM Marketing");
    useFirstPageMargins(document, paper);
    document.open();
    FirstPage firstPage = new FirstPage(writer, paper, letterhead);
    boolean first = true;
    while (letters.hasNext()) {
      if (!first) {
        numbers.finishLetter(writer);
        useFirstPageMargins(document, paper);
        document.newPage();
      }
      first = false;
      numbers.startLetter(writer);
      write(letters.next(), document, writer, paper, firstPage);
    }
    numbers.finishLetter(writer);
    document.close();
  }

  /** Writes one letter from the top of its (already started) first page. */
  private static void write(Letter letter, Document document, PdfWriter writer, PaperSize paper,
      FirstPage firstPage) throws DocumentException {
    firstPage.paint(letter);
    document.setMargins(paper.leftMargin(), paper.rightMargin(), CONTINUATION_TOP, BOTTOM_MARGIN);
    LetterText.write(letter, document, writer);
  }

  /** Margins take effect from the next page on: the flow starts below the address field. */
  private static void useFirstPageMargins(Document document, PaperSize paper) {
    document.setMargins(
        paper.leftMargin(), paper.rightMargin(), FirstPage.bodyTop(paper), BOTTOM_MARGIN);
  }
}
