package crm.domain.letter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The body (or subject) of a letter or email with merge fields: {@code {{contact.name}}}, with
 * optional spaces inside the braces ({@code {{ contact.name }}}). Parsing checks every field
 * against {@link MergeField}, so a saved template always renders; rendering is then a plain
 * concatenation and cheap enough to run for every line of a large segment.
 *
 * <p>Immutable and thread-safe. A lone <code>}}</code> without an opening pair is ordinary text.
 */
public final class MergeTemplate {

  private static final String OPEN = "{{";
  private static final String CLOSE = "}}";
  private static final int SNIPPET_LENGTH = 30;

  private final String source;

  /** The literal text around the fields: always one more entry than {@link #fieldSequence}. */
  private final List<String> texts;

  private final List<MergeField> fieldSequence;

  private MergeTemplate(String source, List<String> texts, List<MergeField> fieldSequence) {
    this.source = source;
    this.texts = List.copyOf(texts);
    this.fieldSequence = List.copyOf(fieldSequence);
  }

  /**
   * Reads a template.
   *
   * @throws UnknownMergeFieldException when a field name is not a {@link MergeField} key
   * @throws IllegalArgumentException when a <code>{{</code> is never closed
   */
  public static MergeTemplate parse(String source) {
    Objects.requireNonNull(source, "source");
    List<String> texts = new ArrayList<>();
    List<MergeField> fields = new ArrayList<>();
    Set<String> unknown = new LinkedHashSet<>();
    int from = 0;
    for (int open = source.indexOf(OPEN); open >= 0; open = source.indexOf(OPEN, from)) {
      int close = source.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        throw new IllegalArgumentException(unclosedMessage(source, open));
      }
      String name = source.substring(open + OPEN.length(), close).strip();
      texts.add(source.substring(from, open));
      MergeField.fromKey(name).ifPresentOrElse(fields::add, () -> unknown.add(name));
      from = close + CLOSE.length();
    }
    if (!unknown.isEmpty()) {
      throw new UnknownMergeFieldException(List.copyOf(unknown));
    }
    texts.add(source.substring(from));
    return new MergeTemplate(source, texts, fields);
  }

  /** The template text exactly as written. */
  public String source() {
    return source;
  }

  /** The distinct fields this template uses, in order of first appearance. */
  public Set<MergeField> fields() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(fieldSequence));
  }

  /**
   * The text with each field replaced by its value, looked up by {@link MergeField#key()}. A field
   * without a value (absent or {@code null}) renders as nothing.
   */
  public String render(Map<String, String> values) {
    return render(values, UnaryOperator.identity());
  }

  /**
   * As {@link #render}, for an HTML email body: each value is escaped ({@code & < > " '}) so a
   * contact's name cannot inject markup, while the template's own text, which is the author's HTML,
   * is kept as it is.
   */
  public String renderHtml(Map<String, String> values) {
    return render(values, MergeTemplate::escapeHtml);
  }

  private String render(Map<String, String> values, UnaryOperator<String> encode) {
    StringBuilder out = new StringBuilder(source.length() + 16 * fieldSequence.size());
    out.append(texts.get(0));
    for (int i = 0; i < fieldSequence.size(); i++) {
      String value = values.get(fieldSequence.get(i).key());
      if (value != null) {
        out.append(encode.apply(value));
      }
      out.append(texts.get(i + 1));
    }
    return out.toString();
  }

  private static String escapeHtml(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unclosedMessage(String source, int open) {
    String rest = source.substring(open);
    String snippet =
        rest.length() > SNIPPET_LENGTH ? rest.substring(0, SNIPPET_LENGTH) + "…" : rest;
    return "Unclosed merge field \"" + snippet + "\" at character " + (open + 1) + ": missing }}";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MergeTemplate template && template.source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
