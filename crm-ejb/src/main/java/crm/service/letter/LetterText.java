package crm.service.letter;

import static crm.service.letter.LetterFonts.BODY;
import static crm.service.letter.LetterFonts.BODY_BOLD;
import static crm.service.letter.LetterFonts.BODY_SIZE;
import static crm.service.letter.LetterFonts.SMALL;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import crm.domain.letter.Letter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The flowing part of a letter, in reading order: place and date (right), subject (bold),
 * salutation, body paragraphs, then closing and signature. The closing and signature are kept
 * together so a signature never stands alone at the top of a page.
 */
final class LetterText {

  private static final float LEADING = BODY_SIZE * 1.35f;
  private static final float PARAGRAPH_GAP = 8;

  /** Room for a handwritten signature: two empty lines. */
  private static final String SIGNATURE_SPACE = "\n\n\n";

  private LetterText() {}

  /**
   * Adds the letter's text to the document from where it stands; a date, subject or salutation
   * left empty is skipped.
   */
  static void write(Letter letter, Document document, PdfWriter writer) throws DocumentException {
    if (!letter.placeAndDate().isEmpty()) {
      Paragraph date = paragraph(letter.placeAndDate(), BODY, 22);
      date.setAlignment(Element.ALIGN_RIGHT);
      document.add(date);
    }
    if (!letter.subject().isEmpty()) {
      document.add(paragraph(letter.subject(), BODY_BOLD, 16));
    }
    if (!letter.salutation().isEmpty()) {
      document.add(paragraph(letter.salutation(), BODY, PARAGRAPH_GAP));
    }
    for (String text : letter.paragraphs()) {
      document.add(paragraph(text, BODY, PARAGRAPH_GAP));
    }
    addSignature(letter, document, writer);
  }

  /**
   * The closing and signature, on a new page when they would not fit on this one. When each of
   * their lines fits the width, their height is known (a leading per line, one more to spare)
   * and this is a comparison; else OpenPDF's keep-together (a one-cell table, several times
   * slower) measures them.
   */
  private static void addSignature(Letter letter, Document document, PdfWriter writer) throws DocumentException {
    Paragraph block = new Paragraph(LEADING, letter.closing() + SIGNATURE_SPACE, BODY);
    block.add(new Chunk(letter.signatureName(), BODY_BOLD));
    int lines = 4;
    boolean fits = fits(letter.closing(), BODY, document) && fits(letter.signatureName(), BODY_BOLD, document);
    if (!letter.signatureTitle().isEmpty()) {
      block.add(new Chunk("\n" + letter.signatureTitle(), BODY));
      lines++;
      fits &= fits(letter.signatureTitle(), BODY, document);
    }
    String contact = Stream.of(letter.senderEmail(), letter.senderPhone())
        .filter(s -> !s.isEmpty()).collect(Collectors.joining("  ·  "));
    if (!contact.isEmpty()) {
      block.add(new Chunk("\n" + contact, SMALL));
      lines++;
      fits &= fits(contact, SMALL, document);
    }
    if (!fits) {
      block.setKeepTogether(true);
    } else if (writer.getVerticalPosition(true) - (lines + 1) * LEADING < document.bottom()) {
      document.newPage();
    }
    document.add(block);
  }

  private static boolean fits(String line, Font font, Document document) {
    return line.indexOf('\n') < 0
        && font.getBaseFont().getWidthPoint(line, font.getSize()) <= document.right() - document.left();
  }

  private static Paragraph paragraph(String text, Font font, float spacingAfter) {
    Paragraph paragraph = new Paragraph(LEADING, text, font);
    paragraph.setSpacingAfter(spacingAfter);
    return paragraph;
  }
}
