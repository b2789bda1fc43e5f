package crm.service.letter;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The type used in letters: Liberation Sans (SIL Open Font License, see {@code
 * fonts/LICENSE-LiberationSans.txt}), metric-compatible with Arial and covering Latin-1, Latin
 * Extended-A and the euro sign, so French, Danish and German names print as written.
 *
 * <p>The fonts are read once per JVM from the class path and embedded as subsets (Identity-H, with
 * a ToUnicode map so text can be searched and copied). Loading a TrueType file costs far more than
 * laying out a page, which is why nothing here is created per letter.
 */
final class LetterFonts {

  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x5F, 0x63, 0x68);
  static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);

  static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
  static final BaseFont BOLD = load("LiberationSans-Bold.ttf");

  static final float BODY_SIZE = 10.5f;
  static final Font BODY = new Font(REGULAR, BODY_SIZE, Font.NORMAL, TEXT);
  static final Font BODY_BOLD = new Font(BOLD, BODY_SIZE, Font.NORMAL, TEXT);
  static final Font SMALL = new Font(REGULAR, 8.5f, Font.NORMAL, MUTED);

  private LetterFonts() {}

  /** The size, at most {@code size}, at which {@code text} fits in {@code maxWidth} points. */
  static float fit(BaseFont font, String text, float size, float maxWidth) {
    float width = font.getWidthPoint(text, size);
    return width <= maxWidth ? size : size * maxWidth / width;
  }

  private static BaseFont load(String fileName) {
    try (InputStream in = LetterFonts.class.getResourceAsStream("/fonts/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the class path: fonts/" + fileName);
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(
          fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + fileName, e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot load font " + fileName, e);
    }
  }
}
