package crm.service.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Address labels (F-29) read back from the PDF. */
class LabelRendererTest {

  private final LabelRenderer renderer = new LabelRenderer();

  private static List<List<String>> addresses(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> List.of("Contact " + i + " Søren Ærø", "Rue de l'Église " + i,
        "75001 Paris", "FR")).toList();
  }

  @Test
  void anA4SheetHoldsTwentyFourLabelsInReadingOrderAndTheNextSheetTheRest() throws IOException {
    PdfReader pdf = new PdfReader(render(LabelRenderer.Format.A4_3X8, addresses(30)));

    assertThat(pdf.getNumberOfPages()).isEqualTo(2);
    assertThat(pdf.getPageSize(1).getWidth()).isEqualTo(595.28f);
    String first = text(pdf, 1);
    assertThat(first).contains("Contact 1 Søren Ærø", "Rue de l'Église 24", "75001 Paris").doesNotContain("Contact 25 ");
    assertThat(first.indexOf("Contact 1 ")).isLessThan(first.indexOf("Contact 2 "));
    assertThat(text(pdf, 2)).contains("Contact 25 ", "Contact 30 ").doesNotContain("Contact 24 ");
  }

  @Test
  void aLabelPrinterGetsOneLabelPerPageOfItsSize() throws IOException {
    PdfReader pdf = new PdfReader(render(LabelRenderer.Format.SINGLE, addresses(3)));

    assertThat(pdf.getNumberOfPages()).isEqualTo(3);
    assertThat(pdf.getPageSize(2).getWidth()).isCloseTo(252.3f, org.assertj.core.data.Offset.offset(0.1f));
    assertThat(text(pdf, 2)).contains("Contact 2 Søren Ærø", "Rue de l'Église 2", "FR");
  }

  @Test
  void aLongAddressShrinksToTheLabelInsteadOfLosingLines() throws IOException {
    List<String> longest = new ArrayList<>(List.of("Fabrikam Incorporated Worldwide Holdings", "Mrs Annemarie Vandenberghe-Oosterhuis",
        "Building 7, Kongens Nytorv 28 and Holmens Kanal", "Entrance C", "DK-1050 København K", "DK"));
    PdfReader pdf = new PdfReader(render(LabelRenderer.Format.A4_3X8, List.of(longest)));

    assertThat(text(pdf, 1)).contains(longest.toArray(String[]::new));
  }

  @Test
  void thereIsNothingToPrintWithoutAnAddress() {
    assertThatThrownBy(() -> render(LabelRenderer.Format.A4_3X8, Collections.emptyList()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private byte[] render(LabelRenderer.Format format, List<List<String>> addresses) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(format, addresses.iterator(), out);
    return out.toByteArray();
  }

  private static String text(PdfReader pdf, int page) throws IOException {
    return new PdfTextExtractor(pdf).getTextFromPage(page).replaceAll("\\s+", " ");
  }
}
