package crm.service.letter;

import static crm.service.letter.LetterFonts.BODY;
import static crm.service.letter.LetterFonts.BODY_BOLD;
import static crm.service.letter.LetterFonts.BODY_SIZE;
import static crm.service.letter.LetterFonts.SMALL;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import crm.domain.letter.Letter;
import java.util.ArrayList;
import java.util.List;
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

  /** The elements to add to the document; a date, subject or salutation left empty is skipped. */
  static List<Element> elements(Letter letter) {
    List<Element> elements = new ArrayList<>();
    if (!letter.placeAndDate().isEmpty()) {
      Paragraph date = paragraph(letter.placeAndDate(), BODY, 22);
      date.setAlignment(Element.ALIGN_RIGHT);
      elements.add(date);
    }
    if (!letter.subject().isEmpty()) {
      elements.add(paragraph(letter.subject(), BODY_BOLD, 16));
    }
    if (!letter.salutation().isEmpty()) {
      elements.add(paragraph(letter.salutation(), BODY, PARAGRAPH_GAP));
    }
    for (String text : letter.paragraphs()) {
      elements.add(paragraph(text, BODY, PARAGRAPH_GAP));
    }
    elements.add(signature(letter));
    return elements;
  }

  /** One paragraph of chunks (a nested paragraph would bring in the non-embedded default font). */
  private static Paragraph signature(Letter letter) {
    Paragraph block = new Paragraph(LEADING, letter.closing() + SIGNATURE_SPACE, BODY);
    block.setKeepTogether(true);
    block.add(new Chunk(letter.signatureName(), BODY_BOLD));
    if (!letter.signatureTitle().isEmpty()) {
      block.add(new Chunk("\n" + letter.signatureTitle(), BODY));
    }
    String contact =
        Stream.of(letter.senderEmail(), letter.senderPhone())
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining("  ·  "));
    if (!contact.isEmpty()) {
      block.add(new Chunk("\n" + contact, SMALL));
    }
    return block;
  }

  private static Paragraph paragraph(String text, Font font, float spacingAfter) {
    Paragraph paragraph = new Paragraph(LEADING, text, font);
    paragraph.setSpacingAfter(spacingAfter);
    return paragraph;
  }
}
