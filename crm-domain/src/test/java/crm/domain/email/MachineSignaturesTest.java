package crm.domain.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineSignaturesTest {

  @Test
  void everyEntryOfTheReviewedListHasItsOwnCommentAndAUniqueShortId() throws IOException {
    List<String> lines;
    try (InputStream in = MachineSignatures.class.getResourceAsStream("machine-signatures.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        assertThat(lines.get(i - 1)).as("comment above %s", line).startsWith("# ");
      }
    }
    List<String> ids = MachineSignatures.reviewed().all().stream().map(MachineSignatures.Signature::id).toList();
    assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(("SCANNER:" + id).length()).isLessThanOrEqualTo(30));
  }

  @Test
  void networksMatchIpv4AndIpv6AddressesInsideThemOnly() {
    MachineSignatures list = MachineSignatures.parse("""
        # test v4
        v4 machine address 10.20.0.0/14
        # test v6
        v6 machine address 2001:db8:abcd::/48
        """);
    assertThat(list.match("x", "10.23.255.255")).map(MachineSignatures.Signature::id).contains("v4");
    assertThat(list.match("x", "10.24.0.0")).isEmpty();
    assertThat(list.match("x", "2001:db8:abcd:12::1")).map(MachineSignatures.Signature::id).contains("v6");
    assertThat(list.match("x", "2001:db8:abce::1")).isEmpty();
    assertThat(list.match("x", "not-an-address")).isEmpty();
    assertThat(list.match("x", null)).isEmpty();
  }

  @Test
  void aMalformedEntryIsRefusedWhenTheListIsRead() {
    assertThrows(IllegalArgumentException.class, () -> MachineSignatures.parse("x maybe agent y"));
    assertThrows(IllegalArgumentException.class, () -> MachineSignatures.parse("x machine header y"));
    assertThrows(IllegalArgumentException.class, () -> MachineSignatures.parse("x machine address 10.0.0.0/40"));
    assertThrows(IllegalArgumentException.class, () -> MachineSignatures.parse("x machine agent"));
  }
}
