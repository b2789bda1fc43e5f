package crm.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/** The text of a PDF, page after page, as the tests read letters back. */
final class PdfText {

  private PdfText() {}

  static String of(byte[] pdf) {
    try {
      return of(new PdfReader(pdf));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String of(PdfReader reader) {
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
