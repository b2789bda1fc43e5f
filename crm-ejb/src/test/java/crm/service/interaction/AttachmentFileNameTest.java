package crm.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crm.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttachmentFileNameTest {

  @Test
  void keepsOnlyTheLastPartOfAPath() {
    assertThat(AttachmentFileName.clean("C:\\Users\\me\\Brochure 2027.pdf")).isEqualTo("Brochure 2027.pdf");
    assertThat(AttachmentFileName.clean("../../etc/passwd")).isEqualTo("passwd");
  }

  @Test
  void removesCharactersThatMailProgramsAndFileSystemsRefuse() {
    assertThat(AttachmentFileName.clean("a<b>:\"c|?*\u0000\n.pdf")).isEqualTo("abc.pdf");
    assertThat(AttachmentFileName.clean("...hidden.txt")).isEqualTo("hidden.txt");
    assertThat(AttachmentFileName.clean("Brochure é€.pdf")).isEqualTo("Brochure é€.pdf");
  }

  @Test
  void shortensLongNamesKeepingTheExtension() {
    String cleaned = AttachmentFileName.clean("x".repeat(300) + ".pdf");
    assertThat(cleaned).hasSize(AttachmentFileName.MAX_LENGTH).endsWith("x.pdf");
  }

  @Test
  void refusesANameWithNothingLeft() {
    assertThrows(InvalidInputException.class, () -> AttachmentFileName.clean("/../"));
    assertThrows(InvalidInputException.class, () -> AttachmentFileName.clean(null));
  }
}
