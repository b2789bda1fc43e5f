package crm.service.letter;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.util.List;

/** Reads the fonts a PDF page uses, including those inside form XObjects, to check embedding. */
final class PdfFonts {

  private PdfFonts() {}

  static void collect(PdfDictionary resources, List<PdfDictionary> fonts) {
    if (resources == null) {
      return;
    }
    PdfDictionary fontDict = resources.getAsDict(PdfName.FONT);
    if (fontDict != null) {
      for (PdfName key : fontDict.getKeys()) {
        fonts.add((PdfDictionary) PdfReader.getPdfObject(fontDict.get(key)));
      }
    }
    PdfDictionary xObjects = resources.getAsDict(PdfName.XOBJECT);
    if (xObjects != null) {
      for (PdfName key : xObjects.getKeys()) {
        PdfObject xObject = PdfReader.getPdfObject(xObjects.get(key));
        collect(((PdfDictionary) xObject).getAsDict(PdfName.RESOURCES), fonts);
      }
    }
  }

  /** A Type 0 font is embedded when its descendant's descriptor holds the TrueType program. */
  static boolean isEmbedded(PdfDictionary font) {
    PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
    if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
      PdfDictionary descendant =
          (PdfDictionary)
              PdfReader.getPdfObject(font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
      descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
    }
    return descriptor != null && descriptor.get(PdfName.FONTFILE2) != null;
  }
}
