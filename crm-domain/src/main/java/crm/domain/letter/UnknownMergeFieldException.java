package crm.domain.letter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A template names a merge field that does not exist (usually a typo such as {@code
 * {{contact.nmae}}}). The template is refused as a whole and every unknown name is reported, so the
 * author can fix them all at once.
 */
public class UnknownMergeFieldException extends IllegalArgumentException {

  private final List<String> unknownFields;

  public UnknownMergeFieldException(List<String> unknownFields) {
    super(message(unknownFields));
    this.unknownFields = List.copyOf(unknownFields);
  }

  /** The unknown names as written between the braces, in order of appearance, no duplicates. */
  public List<String> unknownFields() {
    return unknownFields;
  }

  private static String message(List<String> names) {
    String fields = names.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining(", "));
    return (names.size() == 1 ? "Unknown merge field " : "Unknown merge fields ") + fields;
  }
}
