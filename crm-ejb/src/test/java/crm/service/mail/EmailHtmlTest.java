package crm.service.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailHtmlTest {

  @Test
  void keepsFormattingBlocksTablesAndLinks() {
    String html = "<h1>Offer</h1><p>Dear <b>Jørgen</b>, <i>see</i> <u>our</u> <a href=\"https://cronus.example/s\">server</a>.</p>"
        + "<ul><li>fast</li></ul><table><tr><td>Price</td><td>€ 1 200</td></tr></table>";
    assertThat(EmailHtml.sanitize(html))
        .contains("<h1>Offer</h1>", "<b>Jørgen</b>", "<i>see</i>", "<u>our</u>", "<li>fast</li>", "<td>Price</td>")
        .contains("<a href=\"https://cronus.example/s\">server</a>");
  }

  @Test
  void removesScriptsAndEventHandlers() {
    String sanitized = EmailHtml.sanitize(
        "<p onclick=\"steal()\">Hi<script>steal()</script><img src=x onerror=steal()></p><iframe src=\"https://evil\"></iframe>");
    assertThat(sanitized).doesNotContain("script", "steal", "onerror", "onclick", "iframe").contains("Hi");
  }

  @Test
  void keepsOnlyHttpHttpsAndMailtoLinks() {
    assertThat(EmailHtml.sanitize("<a href=\"mailto:sales@cronus.example\">write</a>")).contains("href=\"mailto:sales&#64;cronus.example\"");
    assertThat(EmailHtml.sanitize("<a href=\"http://cronus.example\">site</a>")).contains("href=\"http://cronus.example\"");
    assertThat(EmailHtml.sanitize("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript");
    assertThat(EmailHtml.sanitize("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>")).doesNotContain("data:");
    assertThat(EmailHtml.sanitize("<a href=\"vbscript:msgbox\">x</a>")).doesNotContain("vbscript");
  }

  @Test
  void keepsWebAndInlineRasterImagesOnly() {
    assertThat(EmailHtml.sanitize("<img src=\"https://cronus.example/logo.png\" alt=\"CRONUS\" width=\"120\">"))
        .contains("src=\"https://cronus.example/logo.png\"", "alt=\"CRONUS\"", "width=\"120\"");
    assertThat(EmailHtml.sanitize("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"))
        .contains("src=\"data:image/png;base64,iVBORw0KGgo&#61;\"");
    assertThat(EmailHtml.sanitize("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">")).doesNotContain("data:");
    assertThat(EmailHtml.sanitize("<img src=\"javascript:alert(1)\">")).doesNotContain("javascript");
  }

  @Test
  void keepsPlainStylesButNotExpressionsOrUrls() {
    assertThat(EmailHtml.sanitize("<p style=\"color:red;font-weight:bold\">x</p>")).contains("color:red", "font-weight:bold");
    String sanitized = EmailHtml.sanitize(
        "<p style=\"width:expression(alert(1));background:url(javascript:alert(1))\">x</p><style>p{}</style>");
    assertThat(sanitized).doesNotContain("expression", "javascript", "url(", "<style");
  }

  @Test
  void nullIsEmpty() {
    assertThat(EmailHtml.sanitize(null)).isEmpty();
    assertThat(EmailHtml.toPlainText(null)).isEmpty();
  }

  @Test
  void plainTextKeepsParagraphsLinesAndListItems() {
    String html = "<h1>Offer</h1><p>Dear Jørgen,<br>thank   you\n for visiting.</p><ul><li>fast</li><li>quiet</li></ul><p>Regards</p>";
    assertThat(EmailHtml.toPlainText(html))
        .isEqualTo("Offer\n\nDear Jørgen,\nthank you for visiting.\n\n- fast\n- quiet\n\nRegards");
  }

  @Test
  void plainTextShowsLinkAddressesAndImageAltText() {
    assertThat(EmailHtml.toPlainText("<p>See <a href=\"https://cronus.example/s\">the server</a>.</p>"))
        .isEqualTo("See the server (https://cronus.example/s).");
    assertThat(EmailHtml.toPlainText("<p>Mail <a href=\"mailto:sales@cronus.example\">sales@cronus.example</a></p>"))
        .isEqualTo("Mail sales@cronus.example");
    assertThat(EmailHtml.toPlainText("<p><img src=\"https://cronus.example/logo.png\" alt=\"CRONUS\"></p>"))
        .isEqualTo("CRONUS");
  }

  @Test
  void plainTextDecodesEntitiesAndDropsScriptsAndStyles() {
    assertThat(EmailHtml.toPlainText("<head><title>T</title><style>p{color:red}</style></head>"
            + "<p>Fish &amp; chips&nbsp;&euro;&nbsp;5 &lt;today&gt;</p><script>if (a < b) alert(1)</script>"))
        .isEqualTo("Fish & chips € 5 <today>");
  }

  @Test
  void plainTextOfTablesPutsRowsOnLines() {
    assertThat(EmailHtml.toPlainText("<table><tr><td>Price</td><td>1 200</td></tr><tr><td>VAT</td><td>25 %</td></tr></table>"))
        .isEqualTo("Price 1 200\nVAT 25 %");
  }
}
