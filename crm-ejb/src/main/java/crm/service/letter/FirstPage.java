package crm.service.letter;

import static crm.service.letter.LetterFonts.ACCENT;
import static crm.service.letter.LetterFonts.BOLD;
import static crm.service.letter.LetterFonts.MUTED;
import static crm.service.letter.LetterFonts.REGULAR;
import static crm.service.letter.LetterFonts.TEXT;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import crm.domain.letter.Letter;
import crm.domain.letter.Letterhead;
import crm.domain.letter.PaperSize;
import java.awt.Color;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixed-position part of a letter's first page: the letterhead across the top, and the address
 * field placed for the envelope window (return address in small type, then the recipient). The
 * letterhead and return address are the same for the whole batch, so they are drawn once into a
 * form XObject that every first page reuses.
 */
final class FirstPage {

  /** Lower part of the address field, for the recipient: 27.3 mm in DIN 5008 form B. */
  private static final float RECIPIENT_ZONE = 77.4f;

  private static final float RETURN_ZONE_MIN = 14;
  private static final float ADDRESS_SIZE = 10;
  private static final float ADDRESS_LEADING = 11;
  private static final float NAME_SIZE = 18;
  private static final float NAME_BASELINE = 42;
  private static final float DETAIL_SIZE = 8;
  private static final float DETAIL_BASELINE = 30;
  private static final float DETAIL_LEADING = 10.5f;
  private static final int MAX_DETAIL_LINES = 6;

  /** The rule closing the letterhead, well above the window so it never shows through it. */
  private static final float RULE_FROM_TOP = 98;

  private final PaperSize paper;
  private final float textWidth;
  private final PdfContentByte page;
  private final PdfTemplate letterhead;

  /**
   * Prepares the first pages of a batch; {@code writer}'s page content is reused for every page.
   */
  FirstPage(PdfWriter writer, PaperSize paper, Letterhead letterhead) {
    this.paper = paper;
    this.textWidth = paper.width() - paper.leftMargin() - paper.rightMargin();
    this.page = writer.getDirectContent();
    this.letterhead = page.createTemplate(paper.width(), paper.height());
    drawLetterhead(letterhead);
    drawReturnAddress(letterhead.senderLine());
  }

  /** Where the flowing text (date, subject, body) starts on a first page, from the top edge. */
  static float bodyTop(PaperSize paper) {
    return paper.addressTop() + paper.addressHeight() + 24;
  }

  /** Draws the letterhead and the letter's address block on the current page. */
  void paint(Letter letter) {
    page.addTemplate(letterhead, 0, 0);
    float zoneTop =
        paper.addressTop() + Math.max(RETURN_ZONE_MIN, paper.addressHeight() - RECIPIENT_ZONE);
    float baseline = zoneTop + ADDRESS_SIZE;
    page.beginText();
    page.setColorFill(TEXT);
    for (String line : letter.recipientLines()) {
      float size = LetterFonts.fit(REGULAR, line, ADDRESS_SIZE, paper.addressWidth());
      page.setFontAndSize(REGULAR, size);
      page.setTextMatrix(paper.leftMargin(), y(baseline));
      page.showText(line);
      baseline += ADDRESS_LEADING;
    }
    page.endText();
  }

  /** Company name on the left, its address and contact details in small type on the right. */
  private void drawLetterhead(Letterhead head) {
    float right = paper.width() - paper.rightMargin();
    letterhead.beginText();
    letterhead.setColorFill(ACCENT);
    letterhead.setFontAndSize(
        BOLD, LetterFonts.fit(BOLD, head.companyName(), NAME_SIZE, textWidth / 2));
    letterhead.showTextAligned(
        Element.ALIGN_LEFT, head.companyName(), paper.leftMargin(), y(NAME_BASELINE), 0);
    letterhead.setColorFill(MUTED);
    letterhead.setFontAndSize(REGULAR, DETAIL_SIZE);
    float baseline = DETAIL_BASELINE;
    for (String line : details(head)) {
      letterhead.showTextAligned(Element.ALIGN_RIGHT, line, right, y(baseline), 0);
      baseline += DETAIL_LEADING;
    }
    letterhead.endText();
    rule(ACCENT, 0.75f, right, RULE_FROM_TOP);
  }

  private static List<String> details(Letterhead head) {
    return Stream.concat(
            head.addressLines().stream(), Stream.of(head.phone(), head.email(), head.website()))
        .filter(s -> !s.isEmpty())
        .limit(MAX_DETAIL_LINES)
        .toList();
  }

  /** The return address, underlined, at the top of the address field (DIN 5008 form B). */
  private void drawReturnAddress(String senderLine) {
    float size = LetterFonts.fit(REGULAR, senderLine, 7, paper.addressWidth());
    float baseline = paper.addressTop() + 9;
    letterhead.beginText();
    letterhead.setColorFill(MUTED);
    letterhead.setFontAndSize(REGULAR, size);
    letterhead.showTextAligned(Element.ALIGN_LEFT, senderLine, paper.leftMargin(), y(baseline), 0);
    letterhead.endText();
    float end = paper.leftMargin() + REGULAR.getWidthPoint(senderLine, size);
    rule(MUTED, 0.3f, end, baseline + 1.8f);
  }

  /** A horizontal line from the left margin to {@code right}. */
  private void rule(Color color, float width, float right, float fromTop) {
    letterhead.setColorStroke(color);
    letterhead.setLineWidth(width);
    letterhead.moveTo(paper.leftMargin(), y(fromTop));
    letterhead.lineTo(right, y(fromTop));
    letterhead.stroke();
  }

  private float y(float fromTop) {
    return paper.height() - fromTop;
  }
}
