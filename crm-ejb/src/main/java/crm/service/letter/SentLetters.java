package crm.service.letter;

import crm.domain.letter.Letter;
import crm.domain.letter.Letterhead;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * A letter as it was sent, with its letterhead, stored as JSON so that it prints again exactly
 * the same (DESIGN.md decision 6) whatever changes later in the template, the contact or the
 * setup.
 */
public final class SentLetters {

  /** What is kept of one sent letter. */
  public record SentLetter(Letterhead letterhead, Letter letter) {}

  private static final Jsonb JSONB = JsonbBuilder.create();

  private SentLetters() {}

  public static String write(Letterhead letterhead, Letter letter) {
    return JSONB.toJson(new SentLetter(letterhead, letter));
  }

  public static SentLetter read(String json) {
    return JSONB.fromJson(json, SentLetter.class);
  }
}
