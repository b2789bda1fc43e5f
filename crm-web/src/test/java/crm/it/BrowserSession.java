package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven the way a user works the PrimeFaces pages: clicks, typing, picking
 * from drop-downs and multiple-choice menus, waiting for each Ajax request to finish. Uses
 * Debian's chromium and chromedriver so that Selenium Manager never downloads anything. It logs
 * in through the login page first, as the demo administrator unless told otherwise. Every page it
 * shows must run under the application's Content-Security-Policy (issue 15): a violation reported
 * in the browser's console fails the test when the session closes.
 */
final class BrowserSession implements AutoCloseable {

  private static final Path TARGET = Path.of("target");
  private static final String AXE_CORE_VERSION = "4.10.2";
  /** The lookups' queryDelay (WEB-INF/includes/lookup.xhtml). */
  private static final Duration LOOKUP_QUERY_DELAY = Duration.ofMillis(250);
  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String base;
  private final Path downloads;
  private final List<String> policyViolations = new ArrayList<>();

  /** A browser logged in as the demo administrator. */
  BrowserSession(URL applicationUrl, String language) {
    this(applicationUrl, language, Api.ADMIN, Api.ADMIN_PASSWORD);
  }

  /** A browser logged in as the given user, or not logged in at all when the user is null. */
  BrowserSession(URL applicationUrl, String language, String user, String password) {
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1400,1000", "--lang=" + language,
        "--user-data-dir=" + newProfile());
    base = applicationUrl.toString().endsWith("/") ? applicationUrl.toString() : applicationUrl + "/";
    // The test server is reached over plain HTTP at a non-local address, where Chromium drops downloads as insecure.
    options.addArguments("--unsafely-treat-insecure-origin-as-secure="
        + applicationUrl.getProtocol() + "://" + applicationUrl.getAuthority());
    downloads = newFolder("downloads");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
    LoggingPreferences console = new LoggingPreferences();
    console.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, console);
    driver = new ChromeDriver(options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    if (user != null) {
      open("login.xhtml");
      login(user, password);
      wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
      settle();
    }
  }

  /** A fresh browser profile for each session, so that no cookie or language is carried over. */
  private static String newProfile() {
    return newFolder("chromium-profile").toString();
  }

  private static Path newFolder(String prefix) {
    try {
      return Files.createTempDirectory(Files.createDirectories(TARGET), prefix).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Clicks a button that downloads a file and answers the file's bytes once the download has
   * ended: Chromium writes to a hidden or {@code .crdownload} file first, then renames it.
   */
  byte[] download(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    Path file = wait.until(d -> {
      try (var files = Files.list(downloads)) {
        return files.filter(f -> !f.getFileName().toString().startsWith(".")
            && !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      byte[] content = Files.readAllBytes(file);
      Files.delete(file);
      settle();
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Presses a Print of a logged segment's letters, waits in its dialog until they are printed,
   * downloads them and closes the dialog; answers the PDF.
   */
  byte[] printLetters(String buttonId) {
    click(buttonId);
    waitForDialog("letterPrintDialog");
    byte[] pdf = download("letterPrintForm:downloadLetters");
    click("letterPrintForm:closePrint");
    waitForDialogClosed("letterPrintDialog");
    return pdf;
  }

  /** Fills in the login page that is shown and submits it. */
  void login(String user, String password) {
    type("loginForm:userName", user);
    WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[name='loginForm:password']")));
    secret.clear();
    secret.sendKeys(password);
    click("loginForm:login");
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  void open(String path) {
    driver.get(base + path);
    settle();
  }

  WebElement element(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /**
   * Clicks the element once it can be clicked; again when a poll or an update redrew it in
   * between (stale) or a dialog's opening still covered it (intercepted).
   */
  void click(String id) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class).until(d -> {
      WebElement target = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
      if (target == null) {
        return false;
      }
      target.click();
      return true;
    });
    settle();
  }

  /**
   * Opens a menu button's menu and chooses an item. A click that lands while the page is still
   * busy (a dialog fading out on a slow machine) can leave the menu closed, so it is clicked again
   * until the item shows, a few times at most.
   */
  void chooseFromMenu(String menuButtonId, String itemId) {
    WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(3));
    for (int attempt = 1; ; attempt++) {
      click(menuButtonId);
      try {
        shortWait.until(ExpectedConditions.visibilityOfElementLocated(By.id(itemId)));
        break;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
    // The menu is open: a script click, as a person's would, is not lost if the menu moves meanwhile.
    driver.executeScript("arguments[0].click();", driver.findElement(By.id(itemId)));
    settle();
  }

  void clickLink(String text) {
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
    settle();
  }

  void clickCss(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    settle();
  }

  /**
   * Types in a p:autoComplete and picks the suggestion with the given label. The panel may still
   * show the suggestions of what was typed before, and be replaced while it is clicked: the click
   * is tried again on the new panel.
   */
  void suggest(String id, String text, String label) {
    type(id + "_input", text);
    searchesDone();
    By item = By.xpath("//*[@id='" + id + "_panel']//li[@data-item-label=\"" + label + "\"]");
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement suggestion = ExpectedConditions.elementToBeClickable(item).apply(d);
      if (suggestion == null) {
        return false;
      }
      suggestion.click();
      return true;
    });
    settle();
  }

  /**
   * Waits until the search for what was typed last has answered. A lookup searches once typing has
   * paused for its query delay (250 ms): a suggestion picked before that comes from an earlier
   * search (of a shorter text), and the last search's answer then reopens the panel over whatever
   * is clicked next (a Save clicked that way chose the suggestion again and saved nothing).
   */
  private void searchesDone() {
    try {
      Thread.sleep(LOOKUP_QUERY_DELAY.toMillis() + 150);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    settle();
  }

  /** Types in a p:autoComplete and returns the labels it suggests, without picking one. */
  List<String> suggestions(String id, String text) {
    type(id + "_input", text);
    searchesDone();
    waitForOverlay(id + "_panel");
    return driver.findElements(By.xpath("//*[@id='" + id + "_panel']//li[@data-item-label]"))
        .stream().map(item -> item.getAttribute("data-item-label")).toList();
  }

  void clickXpath(String xpath) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).click();
    settle();
  }

  void waitForUrl(String fragment) {
    wait.until(ExpectedConditions.urlContains(fragment));
    settle();
  }

  void waitForTitle(String title) {
    waitForText("pageTitle", title);
    settle();
  }

  void type(String id, String text) {
    WebElement input = element(id);
    input.clear();
    input.sendKeys(text);
  }

  /** Types a date in a p:datePicker whose calendar opens from its button only, and leaves the field. */
  void typeDate(String id, String text) {
    WebElement input = element(id + "_input");
    input.clear();
    input.sendKeys(text, Keys.TAB);
  }

  /** Picks the option of a p:selectOneMenu whose label starts with the given text. */
  void choose(String id, String labelStart) {
    click(id);
    waitForOverlay(id + "_panel");
    By option = By.xpath("//*[@id='" + id + "_panel']//li[starts-with(@data-label, \"" + labelStart + "\")]");
    wait.until(ExpectedConditions.elementToBeClickable(option)).click();
    wait.until(d -> element(id + "_label").getText().startsWith(labelStart));
    settle();
  }

  /** Waits until an overlay panel is shown and its opening animation is over. */
  private void waitForOverlay(String panelId) {
    wait.until(d -> (Boolean) js("var p = document.getElementById('" + panelId + "');"
        + " return p != null && jQuery(p).is(':visible') && !jQuery(p).is(':animated')"
        + " && getComputedStyle(p).opacity === '1';"));
  }

  /** Ticks values in a p:selectCheckboxMenu, then closes its panel; each tick sends an Ajax request. */
  void tick(String id, String... values) {
    click(id);
    waitForOverlay(id + "_panel");
    for (String value : values) {
      By item = By.xpath("//*[@id='" + id + "_panel']//li[@data-item-value='" + value + "']//div[contains(@class,'ui-chkbox-box')]");
      wait.until(ExpectedConditions.elementToBeClickable(item)).click();
      settle();
    }
    WebElement close = driver.findElement(By.xpath("//*[@id='" + id + "_panel']//a[contains(@class,'ui-selectcheckboxmenu-close')]"));
    close.click();
    settle();
  }

  /** Ticks a p:selectBooleanCheckbox unless it already is. */
  void check(String id) {
    WebElement box = element(id).findElement(By.cssSelector(".ui-chkbox-box"));
    if (!box.getAttribute("class").contains("ui-state-active")) {
      box.click();
      settle();
    }
  }

  /** The element's text; found again when a poll or an update replaces it while it is read. */
  String text(String id) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
        .until(d -> element(id).getText().trim());
  }

  void waitForText(String id, String expected) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
  }

  /** Waits until an element's whole text is {@code expected}: "1 records" is a part of "201 records". */
  void waitForExactText(String id, String expected) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
        .until(d -> expected.equals(element(id).getText().strip()));
  }

  void waitForDialog(String widgetVar) {
    wait.until(d -> (Boolean) js("return PF('" + widgetVar + "').isVisible();"));
  }

  /** Waits until the element of the given id has the focus, e.g. the default button of a dialog. */
  void waitForFocus(String id) {
    wait.until(d -> id.equals(js("return document.activeElement ? document.activeElement.id : null;")));
  }

  void waitForDialogClosed(String widgetVar) {
    wait.until(d -> !(Boolean) js("return PF('" + widgetVar + "').isVisible();"));
  }

  /** The texts of the messages shown in the page: errors at its top, successes in its toasts. */
  List<String> messages() {
    return driver.findElements(By.cssSelector("#messages .ui-messages-info-summary, #messages .ui-messages-error-summary,"
            + " #toasts_container .ui-growl-title"))
        .stream().map(message -> message.getAttribute("textContent").trim()).toList();
  }

  /** The error messages shown inside a dialog's form. */
  List<String> errorsIn(String formId) {
    By errors = By.cssSelector("[id='" + formId + "'] .ui-messages-error-summary");
    wait.until(ExpectedConditions.visibilityOfElementLocated(errors));
    return driver.findElements(errors).stream().map(WebElement::getText).toList();
  }

  String pageSource() {
    return driver.getPageSource();
  }

  String title() {
    return text("pageTitle");
  }

  /** Saves a screenshot under target/screenshots/. */
  void screenshot(String name) {
    try {
      Path folder = Files.createDirectories(TARGET.resolve("screenshots"));
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the page is loaded and no PrimeFaces/jQuery Ajax request is running. */
  void settle() {
    wait.until(d -> (Boolean) js("return document.readyState === 'complete'"
        + " && (!window.jQuery || jQuery.active === 0)"
        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
        + " && !window.crmNamingScheduled;")); // accessible-names.js has named what was last drawn
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      assertThat(securityPolicyViolations()).as("Content-Security-Policy violations in the browser's console").isEmpty();
    } finally {
      driver.quit();
    }
  }

  /**
   * The labels that more than one visible action of the page shown carries (issue 13: two buttons
   * of one page must not read alike); the actions of table rows, repeated per row, do not count,
   * nor the icon-only buttons PrimeFaces names "ui-button" (the date pickers': an accessibility
   * defect of its own, issue 13).
   */
  List<String> actionsSharingALabel() {
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "var seen = {}, shared = [];"
        + "document.querySelectorAll('button, a.ui-button, input[type=submit], input[type=button]').forEach(function (b) {"
        + "  if (!b.offsetParent || b.closest('.ui-datatable-data, .ui-paginator, .ui-datepicker')) { return; }"
        + "  var label = (b.innerText || b.value || b.title || b.getAttribute('aria-label') || '').trim();"
        + "  if (label === 'ui-button') { return; }"
        + "  if (label && seen[label] && shared.indexOf(label) < 0) { shared.push(label); }"
        + "  seen[label] = true; });"
        + "return shared;");
    return labels;
  }

  /**
   * The table cells of the page shown whose text is cut (issue 13): each must keep the room of a
   * dozen characters or so (120 px: a name such as "Harry Johnson") and show its whole text on hover. Answers those that do not, with their width.
   */
  List<String> squeezedCells() {
    @SuppressWarnings("unchecked")
    List<String> cells = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "var squeezed = [];"
        + "document.querySelectorAll('.crm-table td, .crm-table th').forEach(function (cell) {"
        + "  var text = (cell.querySelector('.ui-column-title') || cell).textContent.trim();"
        + "  if (!cell.offsetParent || !text || cell.scrollWidth <= cell.clientWidth + 1) { return; }"
        + "  if (cell.clientWidth < 120 || cell.title !== text) {"
        + "    squeezed.push(text.substring(0, 30) + ' (' + cell.clientWidth + ' px, title ' + (cell.title ? 'set' : 'none') + ')'); } });"
        + "return squeezed;");
    return cells;
  }

  /**
   * The action bars of the page shown whose actions take more than one row (issue 13: the French
   * segment card's action bar on two rows), each by the start of its text. A bar of filters may
   * wrap: its fields are many.
   */
  List<String> toolbarsOnSeveralRows() {
    @SuppressWarnings("unchecked")
    List<String> toolbars = (List<String>) js("return Array.from(document.querySelectorAll('.crm-toolbar')).filter(function (bar) {"
        + "  if (bar.querySelector('.crm-filterbar')) { return false; }"
        + "  var tops = {};"
        + "  bar.querySelectorAll('.ui-button, .ui-menubutton').forEach(function (b) {"
        + "    if (b.offsetParent && !b.parentElement.closest('.ui-menubutton')) { tops[Math.round(b.getBoundingClientRect().top)] = true; } });"
        + "  return Object.keys(tops).length > 1;"
        + "}).map(function (bar) { return bar.textContent.replace(/\\s+/g, ' ').trim().substring(0, 60); });");
    return toolbars;
  }

  /**
   * The serious and critical violations of WCAG 2.1 A and AA that axe-core finds in the page shown
   * (issue 13), each as its rule, impact and first elements.
   */
  List<String> accessibilityViolations() {
    js(axeScript());
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        + ".then(function (result) { done(result.violations"
        + "  .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
        + "  .map(function (v) { return v.id + ' (' + v.impact + '): '"
        + "    + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); })); });");
    return violations;
  }

  /**
   * axe-core's script, from the npm registry (it is not on Maven Central as a webjar here): packed
   * once into target/axe by npm, then read from there.
   */
  private static synchronized String axeScript() {
    Path script = TARGET.resolve("axe/package/axe.min.js");
    try {
      if (!Files.exists(script)) {
        Files.createDirectories(script.getParent().getParent());
        Process npm = new ProcessBuilder("sh", "-c", "npm pack --silent axe-core@" + AXE_CORE_VERSION
            + " && tar xzf axe-core-" + AXE_CORE_VERSION + ".tgz package/axe.min.js")
            .directory(script.getParent().getParent().toFile()).inheritIO().start();
        assertThat(npm.waitFor()).as("npm pack axe-core@" + AXE_CORE_VERSION).isZero();
      }
      return Files.readString(script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The script policy of the page shown: PrimeFaces' header, as the browser enforces it, read back through a request. */
  String scriptPolicy() {
    return (String) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[0];"
        + "fetch(location.href, {credentials: 'same-origin'}).then(function (answer) {"
        + " done(answer.headers.get('Content-Security-Policy')); });");
  }

  /** The violations of the Content-Security-Policy the browser reported since the session began. */
  List<String> securityPolicyViolations() {
    driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy")).forEach(policyViolations::add);
    return List.copyOf(policyViolations);
  }
}
