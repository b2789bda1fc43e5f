package crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crm.it.Api.Answer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Login and roles (F-70) as users meet them: the pages ask for a login, a wrong password is
 * refused, each role sees only what it may do and the server refuses the rest (in the pages
 * and over the REST API), logout ends the session, and the login page and the pages behind it
 * speak French.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPageIT {

  private static final String FORBIDDEN = "You are not allowed to do this.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  @Test
  void staffLogsInSeesNoDeleteCampaignAndLogsOut() {
    String campaignNo = new Api(url).post("campaigns", "{\"description\": \"Spring fair\"}").object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US", null, null)) {
      browser.open("campaign/list.xhtml");
      assertThat(browser.currentUrl()).contains("login.xhtml");
      assertThat(browser.title()).isEqualTo("Log in");

      browser.login("staff", "not-the-password");
      assertThat(browser.messages()).containsExactly("The user name or password is wrong, or the user is disabled.");
      browser.screenshot("70-login-wrong-password");

      browser.login("staff", "staff-demo");
      browser.waitForUrl("campaign/list.xhtml");
      assertThat(browser.title()).isEqualTo("Campaigns");
      assertThat(browser.text("menuForm:currentUser")).isEqualTo("Benjamin Chiu");

      browser.open("campaign/card.xhtml?no=" + campaignNo);
      assertThat(browser.element("form:save").isDisplayed()).isTrue();
      assertThat(browser.driver().findElements(By.id("form:deleteCampaign"))).isEmpty();
      browser.screenshot("71-campaign-card-as-staff");

      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      browser.click("menuForm:logout");
      browser.waitForUrl("login.xhtml");
      assertThat(browser.title()).isEqualTo("Log in");
      browser.driver().manage().deleteAllCookies();
      browser.driver().manage().addCookie(session);
      browser.open("campaign/card.xhtml?no=" + campaignNo);
      assertThat(browser.currentUrl()).as("the old session is over").contains("login.xhtml");
    }
    Answer refused = new Api(url).as("staff", "staff-demo").delete("campaigns/" + campaignNo);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.object().getString("detail")).isEqualTo(FORBIDDEN);
    assertThat(new Api(url).get("campaigns/" + campaignNo).status()).as("nothing deleted").isEqualTo(200);
  }

  @Test
  void managerDeletesACampaignAndAnEndedSessionShowsTheLoginPage() {
    String campaignNo = new Api(url).post("campaigns", "{\"description\": \"Autumn fair\"}").object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("campaign/card.xhtml?no=" + campaignNo);
      browser.screenshot("75-campaign-card-as-manager");
      browser.click("form:deleteCampaign");
      browser.clickCss(".ui-confirmdialog-yes");
      browser.waitForUrl("campaign/list.xhtml");
      assertThat(browser.messages()).contains("Campaign " + campaignNo + " was deleted.");

      browser.open("segment/card.xhtml");
      browser.type("form:description", "Typed before the session ended");
      browser.driver().manage().deleteAllCookies();
      browser.click("form:save");
      browser.waitForUrl("login.xhtml");
      assertThat(browser.title()).as("an Ajax request of an ended session").isEqualTo("Log in");
    }
    assertThat(new Api(url).get("campaigns/" + campaignNo).status()).isEqualTo(404);
  }

  @Test
  void frenchLoginPageAndWhatASalespersonMayNotDo() {
    String segmentNo = new Api(url).post("segments", "{\"description\": \"Read by sales\"}").object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "fr-FR", null, null)) {
      browser.open("");
      assertThat(browser.title()).isEqualTo("Connexion");
      browser.screenshot("72-login-page-fr");
      browser.login("sales", "sales-demo");
      browser.waitForTitle("Tableau de bord");
      assertThat(browser.driver().findElements(By.id("newSegment"))).as("no segment button for sales").isEmpty();
      assertThat(browser.driver().findElements(By.id("tileEmailsFailed"))).as("no outbox tile for sales").isEmpty();

      assertThat(browser.suggestions("menuForm:pageSearch", "e"))
          .as("the page search offers only the pages a salesperson may open")
          .contains("Segments", "Segments journalisés")
          .doesNotContain("Nouveau segment", "Vendeurs", "Tables de codes", "Paramètres marketing", "Utilisateurs");
      browser.suggest("menuForm:pageSearch", "journ", "Segments journalisés");
      browser.waitForUrl("segment/logged.xhtml");

      browser.open("segment/card.xhtml");
      assertThat(browser.title()).as("a salesperson creates no segment").isEqualTo("Accès refusé");
      browser.open("segment/card.xhtml?no=" + segmentNo);
      assertThat(browser.driver().findElements(By.id("form:save"))).as("a salesperson only reads segments").isEmpty();
      assertThat(browser.element("form:description").isEnabled()).as("nor do its fields look editable").isFalse();
      browser.open("interaction/template.xhtml?code=BUS");
      assertThat(browser.element("form:description").getAttribute("value")).isNotBlank();
      assertThat(browser.element("form:description").isEnabled()).as("a salesperson only reads templates").isFalse();
      assertThat(browser.element("form:correspondenceType").getAttribute("class")).contains("ui-state-disabled");
      assertThat(browser.driver().findElements(By.id("menuForm:mUsers"))).isEmpty();

      browser.open("security/users.xhtml");
      assertThat(browser.messages()).containsExactly("Votre rôle ne vous permet pas de faire cela. Rien n'a été modifié.");
      assertThat(browser.pageSource()).doesNotContain("System Administrator");
      browser.screenshot("73-users-refused-fr");

      browser.open("setup/marketing.xhtml");
      assertThat(browser.title()).as("the setup is the administrator's").isEqualTo("Accès refusé");
      assertThat(browser.text("forbidden")).contains("Votre rôle ne vous permet pas d'ouvrir cette page.");
      assertThat(browser.pageSource()).doesNotContain("5 The Ring");
      assertThat(browser.driver().findElements(By.id("menuForm:mSetup"))).as("no setup menu for sales").isEmpty();
    }
    Api sales = new Api(url).as("sales", "sales-demo");
    Answer refused = sales.post("segments", "{\"description\": \"Mes clients\"}", "fr");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.object().getString("detail")).isEqualTo("Vous n'êtes pas autorisé à faire cela.");
    assertThat(sales.get("contacts?size=1").status()).as("a salesperson reads contacts").isEqualTo(200);
  }

  @Test
  void theManagerAndTheSalespersonSeeTheirOwnRoleCentres() {
    Api admin = new Api(url);
    String campaignNo = admin.post("campaigns", "{\"description\": \"Role centre fair\"}").object().getString("no");
    String loggedNo = admin.post("segments", "{\"description\": \"Role centre invitations\", \"campaignNo\": \""
        + campaignNo + "\", \"interactionTemplateCode\": \"BUS\", \"subject\": \"Hello\"}").object().getString("no");
    admin.post("segments/" + loggedNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}");
    admin.post("segments/" + loggedNo + "/log", "{\"sendAttachments\": false, \"createFollowUpSegment\": false}").expect(200);
    String inProgressNo = admin.post("segments", "{\"description\": \"Role centre second wave\"}").object().getString("no");
    long logged = admin.get("interaction-log-entries?size=1&campaignNo=" + campaignNo).object().getJsonNumber("total").longValue();
    assertThat(logged).isPositive();
    Api sales = admin.as("sales", "sales-demo");
    sales.post("to-dos", "{\"type\": \"CALL\", \"description\": \"Role centre call\", \"dueAt\": \"2001-01-01T09:00:00Z\"}").expect(201);
    sales.post("emails", "{\"to\": [{\"contactNo\": \"CT000053\"}], \"subject\": \"Role centre draft\", \"bodyHtml\": \"<p>Hi</p>\"}")
        .expect(201);
    long myContacts = admin.get("contacts?size=1&salespersonCode=PS").object().getJsonNumber("total").longValue();

    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      browser.open("");
      assertThat(browser.text("recentCampaigns")).contains(campaignNo, "Role centre fair");
      assertThat(browser.text("segmentsInProgress")).contains(inProgressNo).doesNotContain(loggedNo);
      assertThat(browser.text("recentLogged")).contains("Role centre invitations");
      Number thisMonth = (Number) browser.js("var data = PF('campaignTrend').cfg.config.data.datasets[0].data;"
          + " return data[data.length - 1];");
      assertThat(thisMonth.longValue()).as("this month's campaign interactions in the chart").isGreaterThanOrEqualTo(logged);
      assertThat(browser.driver().findElements(By.id("myContacts"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("homeJobs"))).isEmpty();
      browser.screenshot("76-role-centre-manager");
    }
    try (BrowserSession browser = new BrowserSession(url, "en-US", "sales", "sales-demo")) {
      browser.open("");
      assertThat(browser.text("tileMyContacts")).isEqualTo(String.valueOf(myContacts));
      assertThat(browser.text("myToDos")).contains("Role centre call");
      assertThat(browser.text("recentEmails")).contains("Role centre draft");
      assertThat(browser.element("cardsForm:actionCards").isDisplayed()).isTrue();
      assertThat(browser.driver().findElements(By.id("recentCampaigns"))).as("no marketing centre for sales").isEmpty();
      assertThat(browser.driver().findElements(By.id("homeJobs"))).isEmpty();
      browser.screenshot("77-role-centre-sales");
    }
  }

  @Test
  void aSalespersonReadsCardsWithoutEditableFieldsAndOpensNoNewOne() {
    String campaignNo = new Api(url).post("campaigns", "{\"description\": \"Read-only fair\"}").object().getString("no");
    try (BrowserSession browser = new BrowserSession(url, "en-US", "sales", "sales-demo")) {
      for (String newCard : List.of("campaign/card.xhtml", "contact/card.xhtml", "interaction/template.xhtml", "activity/card.xhtml")) {
        browser.open(newCard);
        assertThat(browser.title()).as(newCard).isEqualTo("Not allowed");
        assertThat(browser.driver().findElements(By.cssSelector("main input:not([type=hidden]), main textarea, main select")))
            .as("no field on " + newCard).isEmpty();
        assertThat(browser.driver().findElements(By.id("form:save"))).isEmpty();
      }
      browser.open("campaign/card.xhtml?no=" + campaignNo);
      assertThat(browser.driver().findElements(By.id("form:save"))).isEmpty();
      assertThat(browser.element("form:description").getAttribute("value")).isEqualTo("Read-only fair");
      assertThat(browser.element("form:general").getAttribute("class")).contains("crm-read-only");
      assertThat(browser.driver().findElements(By.cssSelector("[id='form:general'] input:not([type=hidden]):not([disabled]),"
          + " [id='form:general'] textarea:not([disabled])"))).as("no field that takes input").isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("[id='form:general'] .ui-datepicker-trigger,"
          + " [id='form:general'] .ui-selectonemenu-trigger")).stream().filter(WebElement::isDisplayed).toList())
          .as("no calendar or dropdown button").isEmpty();
      assertThat(browser.element("form:description").getCssValue("border-top-color")).as("no frame").isEqualTo("rgba(0, 0, 0, 0)");
      browser.screenshot("79-campaign-card-read-only");
    }
  }

  @Test
  void thePagesHaveNoSeriousAccessibilityViolations() {
    Api admin = new Api(url);
    String campaignNo = admin.post("campaigns", "{\"description\": \"Accessible fair\"}").object().getString("no");
    String segmentNo = admin.post("segments", "{\"description\": \"Accessible invitations\", \"campaignNo\": \""
        + campaignNo + "\", \"interactionTemplateCode\": \"BUS\", \"subject\": \"Hello\"}").object().getString("no");
    admin.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}");
    Map<String, List<String>> found = new LinkedHashMap<>();
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      for (String page : List.of("", "campaign/list.xhtml", "campaign/card.xhtml?no=" + campaignNo, "contact/list.xhtml",
          "contact/card.xhtml?no=CT000001", "segment/list.xhtml", "segment/card.xhtml?no=" + segmentNo, "segment/logged.xhtml",
          "interaction/log.xhtml", "interaction/templates.xhtml", "interaction/template.xhtml?code=BUS", "todo/list.xhtml",
          "todo/card.xhtml", "activity/list.xhtml", "activity/card.xhtml", "setup/codes.xhtml", "setup/salespeople.xhtml",
          "setup/number-series.xhtml", "setup/marketing.xhtml", "mail/outbox.xhtml", "scheduling/jobs.xhtml", "security/users.xhtml",
          "email/compose.xhtml?contactNo=CT000001", "email/list.xhtml", "email/action-cards.xhtml",
          "interaction/create.xhtml?contactNo=CT000001", "interaction/postponed.xhtml", "contact/import.xhtml")) {
        browser.open(page);
        List<String> violations = browser.accessibilityViolations();
        if (!violations.isEmpty()) {
          found.put(page, violations);
        }
      }
      browser.open("campaign/card.xhtml?no=" + campaignNo);
      assertThat(browser.driver().findElements(By.cssSelector("[id='form:general'] .ui-datepicker-trigger")))
          .extracting(button -> button.getAttribute("aria-label"))
          .as("each calendar button names its field").containsExactly("Starting date: Choose Date", "Ending date: Choose Date");
    }
    for (String user : List.of("sales", "manager")) {
      try (BrowserSession browser = new BrowserSession(url, "fr-FR", user, user + "-demo")) {
        browser.open("");
        List<String> violations = browser.accessibilityViolations();
        if (!violations.isEmpty()) {
          found.put(user + "'s role centre", violations);
        }
      }
    }
    assertThat(found).as("serious and critical axe-core violations").isEmpty();
  }

  @Test
  void administratorCreatesAndDisablesAUser() {
    Api tester = new Api(url).as("tester", "tester-pass-1");
    assertThat(tester.get("contacts?size=1").status()).isEqualTo(401);
    try (BrowserSession browser = new BrowserSession(url, "en-US")) {
      browser.open("");
      browser.click("menuForm:mUsers");
      browser.waitForTitle("Users");
      browser.click("form:newUser");
      browser.waitForDialog("userDialog");
      browser.type("userForm:userName", "tester");
      browser.type("userForm:fullName", "Tess Tester");
      browser.clickCss("[id='userForm:roles'] .ui-chkbox:has(input[value='salesperson']) .ui-chkbox-box");
      browser.type("userForm:newPassword", "short");
      browser.click("userForm:ok");
      assertThat(browser.errorsIn("userForm")).containsExactly("A password has at least 10 characters.");
      browser.type("userForm:newPassword", "tester-pass-1");
      browser.click("userForm:ok");
      browser.waitForDialogClosed("userDialog");
      assertThat(browser.messages()).contains("User tester was created.");
      assertThat(browser.pageSource()).contains("Tess Tester").doesNotContain("tester-pass-1");
      browser.screenshot("74-users");
      assertThat(tester.get("contacts?size=1").status()).as("the new user logs in").isEqualTo(200);
      assertThat(tester.post("campaigns", "{\"description\": \"x\"}").status()).as("as a salesperson").isEqualTo(403);

      browser.clickCss("tr[data-ri='" + rowOf(browser, "admin") + "'] button[id$=':toggle']");
      assertThat(browser.messages())
          .contains("admin is the last enabled administrator: keep one, or nobody can manage the users.");
      browser.clickCss("tr[data-ri='" + rowOf(browser, "tester") + "'] button[id$=':toggle']");
      assertThat(browser.messages()).contains("User tester is disabled: it can no longer log in.");
    }
    assertThat(tester.get("contacts?size=1").status()).as("a disabled user cannot log in").isEqualTo(401);
  }

  private static int rowOf(BrowserSession browser, String userName) {
    return browser.driver().findElements(By.cssSelector("[id='form:users'] tbody tr")).stream()
        .map(row -> row.findElement(By.cssSelector("td")).getText().trim()).toList().indexOf(userName);
  }

  @Test
  void theRestApiAsksForCredentials() {
    Api nobody = new Api(url).anonymous();
    Answer anonymous = nobody.get("campaigns");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.object().getInt("status")).isEqualTo(401);
    assertThat(anonymous.object().getString("detail")).contains("HTTP Basic");
    assertThat(nobody.challenge("campaigns")).startsWith("Basic realm=");

    Answer wrong = new Api(url).as("admin", "wrong-password").post("campaigns", "{\"description\": \"x\"}", "fr");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.object().getString("detail")).startsWith("Le nom d'utilisateur ou le mot de passe est incorrect");
    assertThat(new Api(url).get("campaigns").status()).isEqualTo(200);
  }

  @Test
  void requestsForgedByAnotherSiteChangeNothing() {
    Api admin = new Api(url);
    String campaignNo = admin.post("campaigns", "{\"description\": \"Forgery target\"}").object().getString("no");
    String segmentNo = admin.post("segments", "{\"description\": \"Forgery target\", \"campaignNo\": \""
        + campaignNo + "\", \"interactionTemplateCode\": \"BUS\", \"subject\": \"Hello\"}").object().getString("no");
    admin.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}");
    String loggedNo = admin.post("segments/" + segmentNo + "/log",
        "{\"sendAttachments\": false, \"createFollowUpSegment\": false}").object().getString("no");
    String entries = "campaigns/" + campaignNo + "/entries";
    long entryNo = admin.get(entries).object().getJsonArray("items").getJsonObject(0).getJsonNumber("entryNo").longValue();
    byte[] script = "<script>alert('attached by another site')</script>".getBytes(StandardCharsets.UTF_8);

    try (BrowserSession browser = new BrowserSession(url, "en-US", "manager", "manager-demo")) {
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertThat(session.getSameSite()).as("other sites' requests carry no session").isEqualTo("Lax");
      assertThat(session.isHttpOnly()).isTrue();
      for (Api forger : List.of(new Api(url).forged(session.getValue(), "http://attacker.example"),
          new Api(url).forged(session.getValue(), null))) {
        List<Answer> answers = List.of(
            forger.upload("interaction-templates/BUS/languages/ENU/attachments?fileName=offer.html", "text/plain",
                script, "en"),
            forger.upload("campaign-entries/" + entryNo + "/cancel", "application/x-www-form-urlencoded",
                "confirm=yes".getBytes(StandardCharsets.UTF_8), "en"),
            forger.upload("logged-segments/" + loggedNo + "/cancel", "text/plain", new byte[0], "fr"));
        assertThat(answers).extracting(Answer::status).containsOnly(403);
        assertThat(answers).extracting(Answer::contentType).allMatch(type -> type.startsWith("application/problem+json"));
      }
      Api fromAnotherSite = new Api(url).forged(session.getValue(), "http://attacker.example");
      assertThat(fromAnotherSite.upload("logged-segments/" + loggedNo + "/cancel", "text/plain", new byte[0], "en")
          .object().getString("detail")).isEqualTo("This request comes from another site: it was refused and nothing was changed.");
      assertThat(new Api(url).forged(session.getValue(), null)
          .upload("logged-segments/" + loggedNo + "/cancel", "text/plain", new byte[0], "fr").object().getString("detail"))
          .startsWith("Une modification par l'API REST demande le nom d'utilisateur et le mot de passe");
      assertThat(new Api(url).forged(session.getValue(), null).get("campaigns/" + campaignNo).status())
          .as("reading with the session still works").isEqualTo(200);

      browser.open("campaign/card.xhtml?no=" + campaignNo);
      assertThat(browser.element("form:description").getAttribute("value")).as("the pages still work").isEqualTo("Forgery target");
    }
    assertThat(admin.get("interaction-templates/BUS/languages/ENU/attachments").body().toString()).doesNotContain("offer.html");
    assertThat(admin.get(entries).object().getJsonArray("items").getJsonObject(0).getBoolean("canceled")).isFalse();
    assertThat(admin.get("logged-segments/" + loggedNo).object().getBoolean("canceled")).isFalse();
    assertThat(admin.upload("campaign-entries/" + entryNo + "/cancel", "application/json", new byte[0], "en").status())
        .as("the same change with the caller's own credentials").isEqualTo(200);
  }

  @Test
  void guessedPasswordsLockTheLoginWhetherTheUserExistsOrNot() {
    // The test deployment locks after 5 failures (CRM_SECURITY_LOGIN_* in the pom), so no test waits.
    try (BrowserSession browser = new BrowserSession(url, "fr-FR", null, null)) {
      browser.open("");
      for (Api guesser : List.of(new Api(url).as("batch", "guess"), new Api(url).as("nobody-at-all", "guess"))) {
        for (int guess = 1; guess <= 5; guess++) {
          assertThat(guesser.get("campaigns").status()).as("guess " + guess).isEqualTo(401);
        }
        Answer locked = guesser.get("campaigns");
        assertThat(locked.status()).as("known or unknown user, the same answer").isEqualTo(429);
        assertThat(locked.object().getString("detail")).startsWith("Too many failed logins for this user or from this address");
      }
      Api rightPassword = new Api(url).as("batch", "batch-demo");
      assertThat(rightPassword.get("campaigns").status()).as("not even the right password gets in").isEqualTo(429);
      assertThat(Long.parseLong(rightPassword.header("campaigns", "Retry-After"))).isBetween(800L, 900L);

      browser.login("batch", "batch-demo");
      assertThat(browser.messages()).singleElement().asString()
          .startsWith("Trop d'échecs de connexion pour cet utilisateur ou depuis cette adresse : réessayez dans");
      assertThat(browser.title()).isEqualTo("Connexion");
    }
    assertThat(new Api(url).as("staff", "staff-demo").get("campaigns").status())
        .as("other users from the same address still log in").isEqualTo(200);

    JsonObject locks = new Api(url).get("audit-entries?action=LOCK&recordType=LOGIN_USER&sort=id").object();
    assertThat(locks.getJsonArray("items").getValuesAs(JsonObject.class))
        .as("each lock is in the audit trail, once, with where the guesses came from")
        .filteredOn(e -> List.of("batch", "nobody-at-all").contains(e.getString("recordKey")))
        .extracting(e -> e.getString("recordKey"), e -> e.getJsonObject("changes").getJsonArray("sourceAddress")
            .getString(1).isBlank())
        .containsExactly(tuple("batch", false), tuple("nobody-at-all", false));
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoServerName() {
    Api admin = new Api(url);
    for (String path : List.of("campaigns", "../login.xhtml", "../index.xhtml")) {
      assertThat(admin.header(path, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(admin.header(path, "Referrer-Policy")).isEqualTo("same-origin");
      assertThat(admin.header(path, "Permissions-Policy")).contains("camera=()");
      assertThat(admin.header(path, "Content-Security-Policy")).contains("frame-ancestors 'self'");
      assertThat(admin.header(path, "Server")).as(path).doesNotContain("Payara");
      assertThat(admin.header(path, "Strict-Transport-Security")).as("only over TLS").isEmpty();
    }
  }

  @Test
  void answersOutsideTheApplicationNameNoServerEither() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    // The API without credentials, a page outside the application, and URIs the listener refuses
    // before the application sees them.
    for (String path : List.of("/crm/api/contacts", "/nothing-here", "/crm/api/contacts/%00", "/crm/api/contacts/%5C")) {
      HttpResponse<String> answer = http.send(
          HttpRequest.newBuilder(url.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isBetween(400, 499);
      assertThat(answer.headers().map() + answer.body()).as(path).doesNotContainIgnoringCase("payara");
    }
  }
}
