package crm.service.letter;

import crm.domain.letter.MergeTemplate;
import crm.domain.letter.UnknownMergeFieldException;
import crm.domain.shared.InvalidInputException;

/** The check every text with merge fields passes before it is saved: templates and edited letters. */
public final class MergeText {

  private MergeText() {}

  /** Refuses a text with merge fields that do not exist, naming them; null passes. */
  public static void check(String text) {
    if (text == null) {
      return;
    }
    try {
      MergeTemplate.parse(text);
    } catch (UnknownMergeFieldException e) {
      throw new InvalidInputException("template.unknownMergeField", String.join(", ", e.unknownFields()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("template.badMergeField", e.getMessage());
    }
  }
}
