package crm.service.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * Receives the parsed HTML of {@link EmailHtml#toPlainText} (tags and entity-decoded text, from
 * the sanitiser's parser, which copes with any markup) and writes the text a reader would see.
 */
final class PlainTextRenderer implements HtmlSanitizer.Policy {

  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
      "ul", "ol", "table", "blockquote", "pre", "hr", "center");
  private static final Set<String> LINES = Set.of("tr", "br", "li");
  private static final Set<String> INVISIBLE = Set.of("script", "style", "head", "title", "template");

  private final StringBuilder out = new StringBuilder();
  private final Deque<String> links = new ArrayDeque<>();
  private int invisibleDepth;

  @Override
  public void openDocument() {}

  @Override
  public void closeDocument() {}

  @Override
  public void openTag(String element, List<String> attributes) {
    if (INVISIBLE.contains(element)) {
      invisibleDepth++;
    } else if (BLOCKS.contains(element)) {
      out.append("\n\n");
    } else if (LINES.contains(element)) {
      out.append(element.equals("li") ? "\n- " : "\n");
    } else if (element.equals("td") || element.equals("th")) {
      out.append(' ');
    } else if (element.equals("a")) {
      links.push(attribute(attributes, "href"));
    } else if (element.equals("img")) {
      out.append(attribute(attributes, "alt"));
    }
  }

  @Override
  public void closeTag(String element) {
    if (INVISIBLE.contains(element)) {
      invisibleDepth = Math.max(0, invisibleDepth - 1);
    } else if (BLOCKS.contains(element)) {
      out.append("\n\n");
    } else if (element.equals("a") && !links.isEmpty()) {
      String href = links.pop().replaceFirst("(?i)^mailto:", "");
      if (!href.isBlank() && !href.startsWith("#") && !out.toString().endsWith(href)) {
        out.append(" (").append(href).append(')');
      }
    }
  }

  @Override
  public void text(String text) {
    if (invisibleDepth == 0) {
      out.append(text.replaceAll("[\\s\\u00A0]+", " "));
    }
  }

  /** Lines trimmed, at most one blank line in a row, no blank lines around. */
  String text() {
    return out.toString()
        .replaceAll(" *\n *", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static String attribute(List<String> attributes, String name) {
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return attributes.get(i + 1);
      }
    }
    return "";
  }
}
