package crm.service.segment;

/**
 * What logging a segment will send, said before the user confirms (issue 13): letters, emails,
 * email lines without an address (a letter instead, or a refusal, as the marketing setup says),
 * and lines that send nothing
 * (no text in the template for the line's language, or a contact who takes no email).
 */
public record LogForecast(long lines, long letters, long emails, long withoutAddress, long nothingSent,
    boolean withoutAddressGetLetter) {

  /** Letters printed in all: hard-copy lines, and email lines without an address when they get a letter. */
  public long lettersPrinted() {
    return letters + (withoutAddressGetLetter ? withoutAddress : 0);
  }
}
