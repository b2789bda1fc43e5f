package crm.service.letter;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import crm.domain.letter.PaperSize;

/**
 * Numbers the pages of each letter, "1 / 2", at the bottom right, only when that letter runs over
 * more than one page: a one-page letter stays clean. Numbering restarts with every letter of a
 * batch. The total is not known while the first page is being finished, so it is printed through a
 * small form XObject filled in when the letter ends; everything happens in one pass.
 */
final class PageNumbers extends PdfPageEventHelper {

  private static final float SIZE = 8.5f;
  private static final float FROM_BOTTOM = 34;

  private final PaperSize paper;
  private final float totalWidth = LetterFonts.REGULAR.getWidthPoint("999", SIZE);
  private int firstPage;
  private boolean lastPage;
  private PdfTemplate total;

  PageNumbers(PaperSize paper) {
    this.paper = paper;
  }

  /** Call right after the letter's first page has begun. */
  void startLetter(PdfWriter writer) {
    firstPage = writer.getPageNumber();
    lastPage = false;
    total = null;
  }

  /** Call once the letter's last element is added, before the next page or the close. */
  void finishLetter(PdfWriter writer) {
    lastPage = true;
    if (total != null) {
      total.beginText();
      total.setFontAndSize(LetterFonts.REGULAR, SIZE);
      total.setColorFill(LetterFonts.MUTED);
      total.setTextMatrix(0, 0);
      total.showText(String.valueOf(writer.getPageNumber() - firstPage + 1));
      total.endText();
    }
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    int page = writer.getPageNumber() - firstPage + 1;
    if (page == 1 && lastPage) {
      return;
    }
    PdfContentByte content = writer.getDirectContent();
    if (total == null) {
      total = content.createTemplate(totalWidth, SIZE * 1.5f);
    }
    float x = paper.width() - paper.rightMargin() - totalWidth;
    content.beginText();
    content.setFontAndSize(LetterFonts.REGULAR, SIZE);
    content.setColorFill(LetterFonts.MUTED);
    content.showTextAligned(Element.ALIGN_RIGHT, page + " / ", x, FROM_BOTTOM, 0);
    content.endText();
    content.addTemplate(total, x, FROM_BOTTOM);
  }
}
