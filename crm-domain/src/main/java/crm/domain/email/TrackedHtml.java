package crm.domain.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;

/**
 * The HTML body of a tracked email as sent (F-53): every http(s) link points to
 * {@code <base>/t/c/<token>} (mailto and in-page links, and links too long to record, stay as written), tracked files are
 * offered as download links {@code <base>/t/a/<token>}, one hidden link that no person can see or
 * reach is added (following it marks a machine), and a 1×1 open pixel {@code <base>/t/o/<token>}
 * ends the body. The body is parsed and written again by the OWASP sanitiser's parser and
 * renderer, never edited as text, so attribute values stay escaped whatever they contain.
 *
 * @param html the body to send
 * @param links the links to record for the email, numbered from 1 in the order of the body, the
 *     hidden one last
 */
public record TrackedHtml(String html, List<TrackedLink> links) {

  /** The longest address email_link keeps; a longer link is left as written, untracked. */
  static final int MAX_URL_LENGTH = 2000;
  private static final String HIDDEN_STYLE =
      "display:none;font-size:0;line-height:0;max-height:0;overflow:hidden;mso-hide:all";

  public TrackedHtml {
    links = List.copyOf(links);
  }

  /**
   * Tracks a sanitised body.
   *
   * @param baseUrl the public address of the application, e.g. {@code https://crm.example.com/crm}
   * @param trackedFiles names of the email's files sent as download links instead of parts
   * @param signer the URL text of a token ({@link TrackingKeyRing#sign})
   */
  public static TrackedHtml of(String sanitizedHtml, String baseUrl, long emailId, List<String> trackedFiles,
      Function<TrackingToken, String> signer) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    StringBuilder out = new StringBuilder(sanitizedHtml.length() + 400);
    HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, badHtml -> {});
    List<TrackedLink> links = new ArrayList<>();
    renderer.openDocument();
    HtmlSanitizer.sanitize(sanitizedHtml, new LinkRewriter(renderer, href -> {
      TrackedLink link = new TrackedLink(links.size() + 1, href, false);
      links.add(link);
      return base + "/t/c/" + signer.apply(TrackingToken.click(emailId, link.linkNo()));
    }));
    for (String file : trackedFiles) {
      renderer.openTag("p", new ArrayList<>());
      renderer.openTag("a", attributes("href", base + "/t/a/" + signer.apply(TrackingToken.attachment(emailId, file))));
      renderer.text(file);
      renderer.closeTag("a");
      renderer.closeTag("p");
    }
    TrackedLink hidden = new TrackedLink(links.size() + 1, base + "/", true);
    links.add(hidden);
    renderer.openTag("a", attributes("href", base + "/t/c/" + signer.apply(TrackingToken.click(emailId, hidden.linkNo())),
        "style", HIDDEN_STYLE, "aria-hidden", "true", "tabindex", "-1"));
    renderer.closeTag("a");
    renderer.openTag("img", attributes("src", base + "/t/o/" + signer.apply(TrackingToken.open(emailId)),
        "width", "1", "height", "1", "alt", "", "style", "border:0;width:1px;height:1px"));
    renderer.closeDocument();
    return new TrackedHtml(out.toString(), links);
  }

  private static List<String> attributes(String... namesAndValues) {
    return new ArrayList<>(List.of(namesAndValues));
  }

  /** Passes the parsed body to the renderer, with the href of each http(s) link replaced. */
  private record LinkRewriter(HtmlStreamRenderer renderer, Function<String, String> rewrite)
      implements HtmlSanitizer.Policy {

    /** The caller opens and closes the document around the body and what follows it. */
    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String element, List<String> attributes) {
      if (element.equals("a")) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
          String value = attributes.get(i + 1).strip();
          if (attributes.get(i).equals("href") && isWeb(value) && value.length() <= MAX_URL_LENGTH) {
            attributes.set(i + 1, rewrite.apply(value));
          }
        }
      }
      renderer.openTag(element, attributes);
    }

    @Override
    public void closeTag(String element) {
      renderer.closeTag(element);
    }

    @Override
    public void text(String text) {
      renderer.text(text);
    }

    private static boolean isWeb(String href) {
      String lower = href.toLowerCase(Locale.ROOT);
      return lower.startsWith("http://") || lower.startsWith("https://");
    }
  }
}
