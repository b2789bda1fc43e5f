package crm.domain.letter;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sending company as printed at the top of every letter's first page and, in one small line, as
 * the return address just above the envelope window.
 *
 * @param companyName the company's name, never blank
 * @param addressLines postal address lines including post code, town and country
 * @param phone switchboard number; empty to leave out
 * @param email general email address; empty to leave out
 * @param website web address; empty to leave out
 * @param place the town written before the date ("Paris, le 23 novembre 2026")
 */
public record Letterhead(
    String companyName,
    List<String> addressLines,
    String phone,
    String email,
    String website,
    String place) {

  public Letterhead {
    Objects.requireNonNull(companyName, "companyName");
    if (companyName.isBlank()) {
      throw new IllegalArgumentException("A letterhead needs a company name");
    }
    addressLines = Letter.nonBlankLines(addressLines);
    phone = Objects.requireNonNullElse(phone, "");
    email = Objects.requireNonNullElse(email, "");
    website = Objects.requireNonNullElse(website, "");
    place = Objects.requireNonNullElse(place, "");
  }

  /**
   * The return address on one line ("Atelier Lumière · 12 rue de la Paix · 75002 Paris"): the post
   * office reads it through the window when the letter cannot be delivered.
   */
  public String senderLine() {
    return Stream.concat(Stream.of(companyName), addressLines.stream())
        .collect(Collectors.joining(" · "));
  }
}
