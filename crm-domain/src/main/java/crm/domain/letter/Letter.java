package crm.domain.letter;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One letter, fully written: every merge field already replaced, every language rule already
 * applied. The renderer only lays it out, so a letter previewed and personalised by hand (F-42) is
 * printed exactly as the user last saw it.
 *
 * @param recipientLines the address block as it must show in the envelope window, at most {@value
 *     #MAX_ADDRESS_LINES} lines (blank lines are dropped)
 * @param placeAndDate e.g. "Paris, le 23 novembre 2026", see {@link LetterDates#placeAndDate}
 * @param subject the subject line, printed in bold
 * @param salutation e.g. "Kære Jørgen Ærø,", see {@link Salutations}
 * @param body the text; a blank line separates paragraphs, a single line break is kept
 * @param closing e.g. "Mit freundlichen Grüßen", see {@link Salutations#closing}
 * @param signatureName the salesperson signing the letter
 * @param signatureTitle the salesperson's job title; empty to leave out
 * @param senderEmail the salesperson's email address; empty to leave out
 * @param senderPhone the salesperson's phone number; empty to leave out
 */
public record Letter(
    List<String> recipientLines,
    String placeAndDate,
    String subject,
    String salutation,
    String body,
    String closing,
    String signatureName,
    String signatureTitle,
    String senderEmail,
    String senderPhone) {

  /** Lines that fit the address zone of a DIN 5008 / #10 envelope window. */
  public static final int MAX_ADDRESS_LINES = 6;

  private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");

  public Letter {
    recipientLines = nonBlankLines(recipientLines);
    if (recipientLines.size() > MAX_ADDRESS_LINES) {
      throw new IllegalArgumentException(
          "An address block has at most " + MAX_ADDRESS_LINES + " lines: " + recipientLines);
    }
    placeAndDate = Objects.requireNonNullElse(placeAndDate, "");
    subject = Objects.requireNonNullElse(subject, "");
    salutation = Objects.requireNonNullElse(salutation, "");
    body = Objects.requireNonNullElse(body, "");
    closing = Objects.requireNonNullElse(closing, "");
    signatureName = Objects.requireNonNullElse(signatureName, "");
    signatureTitle = Objects.requireNonNullElse(signatureTitle, "");
    senderEmail = Objects.requireNonNullElse(senderEmail, "");
    senderPhone = Objects.requireNonNullElse(senderPhone, "");
  }

  /** The body's paragraphs, without surrounding blank space; line breaks inside are kept. */
  public List<String> paragraphs() {
    return Arrays.stream(BLANK_LINE.split(body.strip()))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  static List<String> nonBlankLines(List<String> lines) {
    if (lines == null) {
      return List.of();
    }
    return lines.stream()
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
