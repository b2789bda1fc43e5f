package crm.service.letter;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Prints address labels (F-29), one address block (as in the letters' window) per label: an A4
 * sheet of 3 × 8 labels of 70 × 37 mm, or one label of 89 × 36 mm per page for a label printer.
 * Like the letters, each page is written to {@code out} as soon as it is laid out, so a segment of
 * any size prints in the memory of one page.
 */
public final class LabelRenderer {

  /** The label stock. */
  public enum Format {
    /** A4 sheet, 3 columns × 8 rows of 70 × 37.125 mm, no margins. */
    A4_3X8(new Rectangle(595.28f, 841.89f), 3, 8, mm(5)),
    /** One 89 × 36 mm label per page (label printers' address roll). */
    SINGLE(new Rectangle(mm(89), mm(36)), 1, 1, mm(4));

    private final Rectangle page;
    private final int columns;
    private final int rows;
    private final float padding;

    Format(Rectangle page, int columns, int rows, float padding) {
      this.page = page;
      this.columns = columns;
      this.rows = rows;
      this.padding = padding;
    }

    public int labelsPerPage() {
      return columns * rows;
    }
  }

  private static final float SIZE = 10;
  private static final float LEADING = 12;

  /**
   * Writes the labels of {@code addresses}, in their order, each a list of non-blank lines.
   *
   * @throws IllegalArgumentException when there is no address to print
   */
  public void render(Format format, Iterator<List<String>> addresses, OutputStream out) {
    if (!addresses.hasNext()) {
      throw new IllegalArgumentException("There is no address to print");
    }
    Document document = new Document(format.page, 0, 0, 0, 0);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      document.addCreator("CRM Marketing");
      document.open();
      float width = format.page.getWidth() / format.columns;
      float height = format.page.getHeight() / format.rows;
      int onPage = 0;
      while (addresses.hasNext()) {
        if (onPage == format.labelsPerPage()) {
          document.newPage();
          onPage = 0;
        }
        float left = (onPage % format.columns) * width + format.padding;
        float top = format.page.getHeight() - (onPage / format.columns) * height - format.padding;
        write(writer.getDirectContent(), addresses.next(), left, top, width - 2 * format.padding,
            height - 2 * format.padding);
        onPage++;
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot lay out the labels", e);
    }
  }

  /** The lines from the top, the first in bold, each shrunk to the label's width and all to its height. */
  private static void write(PdfContentByte canvas, List<String> lines, float left, float top, float width, float height) {
    float leading = Math.min(LEADING, height / lines.size());
    float size = Math.min(SIZE, leading - 1);
    canvas.beginText();
    canvas.setColorFill(LetterFonts.TEXT);
    for (int i = 0; i < lines.size(); i++) {
      BaseFont font = i == 0 ? LetterFonts.BOLD : LetterFonts.REGULAR;
      canvas.setFontAndSize(font, LetterFonts.fit(font, lines.get(i), size, width));
      canvas.setTextMatrix(left, top - size - i * leading);
      canvas.showText(lines.get(i));
    }
    canvas.endText();
  }

  private static float mm(double millimetres) {
    return (float) (millimetres * 72 / 25.4);
  }
}
