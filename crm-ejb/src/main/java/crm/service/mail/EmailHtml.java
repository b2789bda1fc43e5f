package crm.service.mail;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The HTML an email may carry, and its plain-text alternative. Email bodies come from templates
 * edited in the browser and from merge fields filled with contact data, and are shown by mail
 * programs and by the app itself (timeline, outbox console): whatever could run there is
 * removed, that is scripts, event handlers, forms, frames, {@code javascript:} links and CSS that
 * is not plain formatting. What mail programs render is kept: formatting, blocks, tables, inline
 * styles, links (http, https, mailto) and images (http, https, or an inline {@code data:} PNG,
 * GIF, JPEG or WebP).
 */
public final class EmailHtml {

  private static final Pattern LINK = Pattern.compile("(?i)\\s*(https?:|mailto:|#).*", Pattern.DOTALL);
  private static final Pattern IMAGE = Pattern.compile(
      "(?i)\\s*(https?:.*|data:image/(png|gif|jpeg|webp);base64,[a-z0-9+/=\\s]*)", Pattern.DOTALL);

  private static final PolicyFactory POLICY = Sanitizers.FORMATTING
      .and(Sanitizers.BLOCKS)
      .and(Sanitizers.TABLES)
      .and(Sanitizers.STYLES)
      .and(new HtmlPolicyBuilder()
          .allowElements("a", "img", "hr", "center", "pre")
          .allowUrlProtocols("http", "https", "mailto", "data")
          .allowAttributes("href").matching(LINK).onElements("a")
          .allowAttributes("title").onElements("a", "img")
          .allowAttributes("src").matching(IMAGE).onElements("img")
          .allowAttributes("alt", "width", "height", "align", "border").onElements("img")
          .allowAttributes("align").onElements("p", "div", "center", "h1", "h2", "h3", "h4", "h5", "h6")
          .toFactory());

  private EmailHtml() {}

  /** The HTML with everything that is not plain email formatting removed; null becomes "". */
  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }

  /**
   * Readable plain text for the text/plain alternative: paragraphs and line breaks kept, list
   * items as "- ", links as "text (address)", images as their alt text, entities decoded.
   */
  public static String toPlainText(String html) {
    if (html == null) {
      return "";
    }
    PlainTextRenderer renderer = new PlainTextRenderer();
    HtmlSanitizer.sanitize(html, renderer);
    return renderer.text();
  }
}
