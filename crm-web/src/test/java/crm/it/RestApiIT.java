package crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import crm.it.Api.Answer;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.List;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API of SPEC.md over HTTP, as another client sees it: the campaign story, and every
 * refused input answered with a problem-details body and the right status, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

  private static final String SEGMENT_HEADER = """
      {"description": "Visitors at the FUTURUS trade show", "interactionTemplateCode": "BUS",
       "subject": "Thank you for visiting the trade show", "languageCode": "ENU",
       "correspondenceType": "HARD_COPY"}""";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(url);
  }

  @Test
  void campaignStoryOverHttp() {
    Answer campaign = api.post("campaigns", """
        {"description": "FUTURUS trade show", "statusCode": "1-PLAN",
         "startingDate": "2026-11-01", "endingDate": "2026-12-31"}""");
    assertThat(campaign.status()).isEqualTo(201);
    String campaignNo = campaign.object().getString("no");

    String segmentNo = created(api.post("segments", SEGMENT_HEADER)).getString("no");
    long purchasers = api.post("segments/" + segmentNo + "/preview?action=ADD",
        "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}").object().getJsonNumber("count").longValue();
    JsonObject added = ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}"));
    assertThat(added.getJsonNumber("noOfLines").longValue()).isEqualTo(purchasers).isPositive();
    assertThat(added.getInt("noOfCriteriaActions")).isEqualTo(1);
    assertThat(api.post("segments/" + segmentNo + "/save-criteria", "{\"code\": \"FUTURUS\", \"description\": \"Purchasers\"}").status())
        .isEqualTo(201);
    assertThat(ok(api.get("saved-criteria")).getJsonArray("items").toString()).contains("FUTURUS");

    long prospects = api.post("segments/" + segmentNo + "/preview?action=REDUCE",
        "{\"businessRelationCodes\": [\"PROS\"]}").object().getJsonNumber("count").longValue();
    assertThat(api.get("segments/" + segmentNo).object().getJsonNumber("noOfLines").longValue()).isEqualTo(purchasers);
    JsonObject reduced = ok(api.post("segments/" + segmentNo + "/reduce-contacts", "{\"businessRelationCodes\": [\"PROS\"]}"));
    assertThat(reduced.getJsonNumber("noOfLines").longValue()).isEqualTo(purchasers - prospects).isLessThan(purchasers);
    JsonObject back = ok(api.post("segments/" + segmentNo + "/go-back", ""));
    assertThat(back.getJsonNumber("noOfLines").longValue()).isEqualTo(purchasers);
    ok(api.post("segments/" + segmentNo + "/reduce-contacts", "{\"businessRelationCodes\": [\"PROS\"]}"));
    long lines = purchasers - prospects;
    assertThat(ok(api.get("segments/" + segmentNo + "/lines?size=500")).getJsonNumber("total").longValue()).isEqualTo(lines);

    JsonObject header = ok(api.get("segments/" + segmentNo));
    JsonObject linked = ok(api.put("segments/" + segmentNo, SEGMENT_HEADER.replace("}",
        ", \"campaignNo\": \"" + campaignNo + "\", \"campaignTarget\": true, \"version\": " + header.getInt("version") + "}")));
    assertThat(linked.getBoolean("campaignTarget")).isTrue();

    JsonObject logged = ok(api.post("segments/" + segmentNo + "/log", "{\"sendAttachments\": true, \"createFollowUpSegment\": true}"));
    assertThat(logged.getInt("noOfInteractions")).isEqualTo(lines);
    String loggedNo = logged.getString("no");
    assertThat(ok(api.get("logged-segments/" + loggedNo)).getString("followUpSegmentNo")).isNotBlank();
    JsonObject entries = ok(api.get("interaction-log-entries?loggedSegmentNo=" + loggedNo + "&size=1"));
    assertThat(entries.getJsonNumber("total").longValue()).isEqualTo(lines);
    JsonObject entry = entries.getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("correspondenceType")).isIn("HARD_COPY", "EMAIL");
    assertThat(entry.getString("campaignNo")).isEqualTo(campaignNo);
    assertThat(ok(api.get("contacts/" + entry.getString("contactNo") + "/interaction-log-entries"))
        .getJsonNumber("total").longValue()).isPositive();

    JsonObject campaignEntries = ok(api.get("campaigns/" + campaignNo + "/entries"));
    assertThat(campaignEntries.getInt("total")).isEqualTo(1);
    assertThat(campaignEntries.getJsonArray("items").getJsonObject(0).getInt("noOfInteractions")).isEqualTo((int) lines);

    assertThat(api.post("interaction-templates", """
        {"code": "RESP", "description": "Campaign Responses", "informationFlow": "INBOUND",
         "initiatedBy": "THEM", "campaignResponse": true}""").status()).isEqualTo(201);
    JsonObject templates = ok(api.get("interaction-templates?size=2&sort=-code"));
    assertThat(templates.getJsonArray("items")).hasSize(2);
    assertThat(templates.getJsonNumber("total").longValue()).isGreaterThan(2);
    JsonObject found = ok(api.get("interaction-templates?description=campaign%20resp"));
    assertThat(found.getJsonArray("items")).extracting(t -> t.asJsonObject().getString("code")).containsExactly("RESP");
    String responses = created(api.post("segments", "{\"description\": \"Responses\", \"campaignNo\": \""
        + campaignNo + "\", \"campaignResponse\": true, \"interactionTemplateCode\": \"RESP\"}")).getString("no");
    ok(api.post("segments/" + responses + "/reuse-logged-segment", "{\"loggedSegmentNo\": \"" + loggedNo + "\"}"));
    ok(api.post("segments/" + responses + "/refine-contacts", "{\"countryCodes\": [\"DK\"]}"));
    long responders = ok(api.get("segments/" + responses)).getJsonNumber("noOfLines").longValue();
    assertThat(responders).isPositive().isLessThan(lines);
    ok(api.post("segments/" + responses + "/log", "{\"sendAttachments\": false}"));

    JsonObject statistics = ok(api.get("campaigns/" + campaignNo + "/statistics"));
    assertThat(statistics.getJsonNumber("targetContactsContacted").longValue()).isEqualTo(lines);
    assertThat(statistics.getJsonNumber("contactsResponded").longValue()).isEqualTo(responders);
    assertThat(statistics.getJsonNumber("noOfInteractions").longValue()).isEqualTo(lines + responders);
  }

  @Test
  void contactsPagedByACityShowEachContactOnceInOneOrder() {
    for (String sort : List.of("city", "-city")) {
      JsonObject all = ok(api.get("contacts?size=500&sort=" + sort));
      List<String> expected = nos(all);
      assertThat(all.getJsonNumber("total").longValue()).isEqualTo(expected.size()).isGreaterThan(7);
      // Pages of 3 (many contacts share a city): the far pages are read from the other end.
      List<String> paged = new ArrayList<>();
      for (int page = 0; page * 3 < expected.size(); page++) {
        paged.addAll(nos(ok(api.get("contacts?size=3&sort=" + sort + "&page=" + page))));
      }
      assertThat(paged).as("sorted by " + sort).isEqualTo(expected);
    }
  }

  @Test
  void aPercentOrUnderscoreTypedInAFilterIsTakenAsItIs() {
    String no = created(api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Fifty_Fifty 100% Ltd\"}")).getString("no");
    assertThat(nos(ok(api.get("contacts?size=500&name=_")))).containsExactly(no);
    assertThat(nos(ok(api.get("contacts?size=500&name=100%25")))).containsExactly(no);
    assertThat(nos(ok(api.get("contacts?size=500&name=y_f")))).containsExactly(no);
    assertThat(ok(api.get("contacts?size=1&name=%25")).getJsonNumber("total").longValue()).isEqualTo(1);
  }

  private static List<String> nos(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(c -> c.getString("no")).toList();
  }

  @Test
  void openApiDocumentDescribesTheSegmentActions() throws Exception {
    var response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(url.toURI().resolve("/openapi")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/segments/{no}/add-contacts", "/segments/{no}/go-back",
        "/segments/{no}/log", "/interaction-log-entries");
  }

  @Test
  void campaignEntriesAreCanceledBeforeTheyAreDeleted() {
    String campaignNo = created(api.post("campaigns", "{\"description\": \"Spring mailing\"}")).getString("no");
    String segmentNo = created(api.post("segments", "{\"description\": \"Press\", \"interactionTemplateCode\": \"BUS\", \"campaignNo\": \"" + campaignNo + "\"}")).getString("no");
    ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"businessRelationCodes\": [\"PRESS\"], \"contactType\": \"PERSON\"}"));
    ok(api.post("segments/" + segmentNo + "/log", "{}"));
    long entryNo = ok(api.get("campaigns/" + campaignNo + "/entries")).getJsonArray("items").getJsonObject(0).getJsonNumber("entryNo").longValue();

    assertProblem(api.delete("campaign-entries/" + entryNo), 409, "not canceled");
    assertThat(ok(api.post("campaign-entries/" + entryNo + "/cancel", "")).getBoolean("canceled")).isTrue();
    assertThat(ok(api.get("campaigns/" + campaignNo + "/statistics")).getInt("noOfInteractions")).isZero();
    assertThat(ok(api.post("campaigns/" + campaignNo + "/delete-canceled-entries", "")).getInt("deleted")).isEqualTo(1);
    assertThat(ok(api.get("campaigns/" + campaignNo + "/entries")).getInt("total")).isZero();
  }

  @Test
  void refusedInputsAnswerWithProblemDetailsAndChangeNothing() {
    assertProblem(api.post("campaigns", "{\"description\": \"Late\", \"startingDate\": \"2026-05-01\", \"endingDate\": \"2026-04-01\"}"),
        422, "before the starting date");
    assertProblem(api.post("campaigns", "{\"description\": \"Tard\", \"startingDate\": \"2026-05-01\", \"endingDate\": \"2026-04-01\"}", "fr"),
        422, "antérieure");
    assertThat(ok(api.get("campaigns?description=Late")).getInt("total")).isZero();
    assertThat(ok(api.get("campaigns?description=Tard")).getInt("total")).isZero();
    assertProblem(api.post("campaigns", "{\"description\": "), 400, "not valid JSON");
    assertProblem(api.post("campaigns", "{\"startingDate\": {}}"), 400,
        "The value of \"startingDate\" in the request body is not of the right type.");
    assertProblem(api.post("contacts", "{\"name\": \"X\", \"type\": \"ROBOT\"}"), 400, "not valid JSON");
    assertProblem(api.get("contacts?page=-1"), 422, "Page -1");
    assertProblem(api.get("contacts?size=100000"), 422, "1 to 500");
    assertProblem(api.get("contacts?page=abc"), 422, "page");
    assertProblem(api.get("contacts?sort=password"), 422, "password");
    assertProblem(api.get("contacts/CT999999"), 404, "CT999999");
    assertProblem(api.get("no-such-resource"), 404, "nothing at this address");

    assertProblem(api.post("codes/job-responsibilities", "{\"code\": \"PURCHASE\", \"description\": \"Again\"}"), 409, "already exists");
    assertProblem(api.delete("codes/job-responsibilities/PURCHASE"), 409, "in use");
    assertProblem(api.post("codes/no-such-table", "{\"code\": \"X\", \"description\": \"X\"}"), 404, "no-such-table");
    assertProblem(api.post("codes/job-responsibilities", "{\"code\": \"bad code!\", \"description\": \"X\"}"), 422, "not valid");
    assertThat(api.post("codes/job-responsibilities", "{\"code\": \"TEMP\", \"description\": \"Temporary\"}").status()).isEqualTo(201);
    assertThat(api.delete("codes/job-responsibilities/TEMP").status()).isEqualTo(204);

    String personNo = ok(api.get("contacts?type=PERSON&size=1")).getJsonArray("items").getJsonObject(0).getString("no");
    String segmentNo = created(api.post("segments", "{\"description\": \"Bad inputs\"}")).getString("no");
    assertProblem(api.post("segments/" + segmentNo + "/go-back", ""), 409, "no step");
    assertProblem(api.post("segments/" + segmentNo + "/log", "{}"), 422, "no lines");
    assertProblem(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"NOPE\"]}"), 422, "NOPE");
    assertProblem(api.post("segments/" + segmentNo + "/add-contacts", "{\"contactType\": \"ROBOT\"}"), 400, "not valid JSON");
    assertProblem(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\", \"NOPE\"]}"),
        422, "There is no code NOPE in the table \"Job responsibilities\".");
    assertProblem(api.post("segments/" + segmentNo + "/lines", "{\"contactNo\": \"" + personNo + "\", \"interactionTemplateCode\": \"NOPE\"}"), 404, "NOPE");
    assertThat(ok(api.get("segments/" + segmentNo)).getInt("noOfLines")).isZero();
    assertThat(api.post("segments/" + segmentNo + "/lines",
        "{\"contactNo\": \"" + personNo + "\", \"correspondenceType\": \"HARD_COPY\"}").status()).isEqualTo(201);
    assertProblem(api.post("segments/" + segmentNo + "/log", "{}"), 422, "without an interaction template");
    assertProblem(api.delete("contacts/" + personNo), 409, "cannot be deleted");

    JsonObject header = ok(api.get("segments/" + segmentNo));
    int version = header.getInt("version");
    String renamed = "{\"description\": \"Renamed\", \"interactionTemplateCode\": \"BUS\", \"version\": " + version + "}";
    assertProblem(api.put("segments/" + segmentNo, renamed), 409, "own interaction values");
    ok(api.put("segments/" + segmentNo + "?overwriteLineValues=false", renamed));
    assertProblem(api.put("segments/" + segmentNo + "?overwriteLineValues=false",
        "{\"description\": \"Stale\", \"version\": " + version + "}"), 409, "changed by someone else");
    assertThat(ok(api.get("segments/" + segmentNo)).getString("description")).isEqualTo("Renamed");

    Answer preview = api.get("segments/" + segmentNo + "/letters-preview");
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.contentType()).isEqualTo("application/pdf");
    assertThat(ok(api.get("segments/" + segmentNo)).containsKey("loggedSegmentNo")).isFalse();
    String emailOnly = created(api.post("segments", "{\"description\": \"Email only\", \"interactionTemplateCode\": \"BUS\","
        + " \"correspondenceType\": \"EMAIL\", \"ignoreContactCorrespondenceType\": true}")).getString("no");
    assertThat(api.post("segments/" + emailOnly + "/lines", "{\"contactNo\": \"CT000049\"}").status()).isEqualTo(201);
    assertProblem(api.get("segments/" + emailOnly + "/letters-preview"), 422, "no hard-copy lines: there is no letter to print");
    ok(api.post("segments/" + segmentNo + "/log", "{}"));
    assertProblem(api.post("segments/" + segmentNo + "/log", "{}"), 409, "already logged");
    assertProblem(api.post("segments/" + segmentNo + "/add-contacts", "{}"), 409, "already logged");
    assertProblem(api.delete("interaction-templates/BUS"), 409, "cannot be deleted");
    assertProblem(api.put("interaction-templates/BUS/languages/ENU",
        "{\"subject\": \"Hello\", \"body\": \"Dear {{contact.nmae}}\"}"), 422, "contact.nmae");
    assertThat(ok(api.get("interaction-templates/BUS/languages/ENU")).getString("body")).doesNotContain("nmae");
  }

  @Test
  void aLineLetterEditedOverHttpIsPrintedForThatLineOnly() {
    String segmentNo = created(api.post("segments",
        SEGMENT_HEADER.replace("}", ", \"ignoreContactCorrespondenceType\": true}"))).getString("no");
    var people = ok(api.get("contacts?type=PERSON&size=2&sort=no")).getJsonArray("items");
    String edited = people.getJsonObject(0).getString("name");
    String other = people.getJsonObject(1).getString("name");
    long editedLine = addEnglishLine(segmentNo, people.getJsonObject(0).getString("no"));
    long otherLine = addEnglishLine(segmentNo, people.getJsonObject(1).getString("no"));
    String linePath = "segments/" + segmentNo + "/lines/" + editedLine;

    assertProblem(api.put(linePath, "{\"languageCode\": \"ENU\", \"letterBody\": \"Dear {{contact.nmae}}\"}"), 422, "contact.nmae");
    assertThat(ok(api.get(linePath)).containsKey("letterBody")).isFalse();
    JsonObject line = ok(api.put(linePath, "{\"languageCode\": \"ENU\", \"letterSubject\": \"A note for {{contact.name}}\","
        + " \"letterBody\": \"We kept a demo unit of the server for {{contact.name}} & co <b>only</b>.\"}"));
    assertThat(line.getString("letterBody")).startsWith("We kept a demo unit");
    JsonObject text = ok(api.get(linePath + "/letter"));
    assertThat(text.getBoolean("edited")).isTrue();
    assertThat(text.getString("body")).isEqualTo("We kept a demo unit of the server for {{contact.name}} & co <b>only</b>.");
    JsonObject otherText = ok(api.get("segments/" + segmentNo + "/lines/" + otherLine + "/letter"));
    assertThat(otherText.getBoolean("edited")).isFalse();
    assertThat(otherText.getString("body")).contains("Millennium Server").doesNotContain("{{");

    String preview = pdfText(linePath + "/letter-preview");
    assertThat(preview).contains("A note for " + edited).contains("We kept a demo unit of the server for " + edited + " & co <b>only</b>.")
        .doesNotContain("Millennium Server").doesNotContain(other);
    assertThat(pdfText("segments/" + segmentNo + "/lines/" + otherLine + "/letter-preview"))
        .contains(other).contains("Millennium Server").doesNotContain("demo unit");
    assertThat(ok(api.get("segments/" + segmentNo)).containsKey("loggedSegmentNo")).isFalse();

    String loggedNo = ok(api.post("segments/" + segmentNo + "/log", "{\"sendAttachments\": true}")).getString("no");
    String batch = pdfText("logged-segments/" + loggedNo + "/letters");
    assertThat(batch.split("We kept a demo unit", -1)).hasSize(2);
    assertThat(batch.split("CRONUS stand", -1)).hasSize(2);
    var entries = ok(api.get("interaction-log-entries?loggedSegmentNo=" + loggedNo + "&sort=entryNo")).getJsonArray("items");
    assertThat(entries).hasSize(2);
    for (var entry : entries.getValuesAs(JsonObject.class)) {
      String reprint = pdfText("interaction-log-entries/" + entry.getJsonNumber("entryNo").longValue() + "/letter");
      if (reprint.contains(edited)) {
        assertThat(reprint).contains("A note for " + edited).contains("We kept a demo unit").doesNotContain("Millennium Server");
      } else {
        assertThat(reprint).contains(other).contains("Millennium Server").doesNotContain("demo unit");
      }
    }
    assertProblem(api.put(linePath, "{\"letterBody\": \"Too late\"}"), 409, "already logged");
  }

  @Test
  void filesAreAttachedToATemplateLanguageOverHttp() {
    created(api.post("interaction-templates", "{\"code\": \"FILES\", \"description\": \"With files\"}"));
    ok(api.put("interaction-templates/FILES/languages/ENU", "{\"subject\": \"Files\", \"body\": \"See the files.\"}"));
    String files = "interaction-templates/FILES/languages/ENU/attachments";
    byte[] brochure = "%PDF-1.4 brochure bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    JsonObject uploaded = created(api.upload(files + "?fileName=..%2FPrice%20list%20%3C2027%3E%20%E2%82%AC.pdf",
        "application/pdf", brochure, "en"));
    assertThat(uploaded.getString("fileName")).isEqualTo("Price list 2027 €.pdf");
    assertThat(uploaded.getString("contentType")).isEqualTo("application/pdf");
    var listed = api.get(files);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body().toString()).contains("Price list 2027 €.pdf").contains("\"size\":" + brochure.length);
    Api.Download file = api.download(files + "/Price%20list%202027%20%E2%82%AC.pdf");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).startsWith("application/pdf");
    assertThat(file.body()).isEqualTo(brochure);

    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
    assertProblem(api.upload(files + "?fileName=big.pdf", "application/pdf", tooLarge, "en"), 422, "too large");
    assertProblem(api.upload(files + "?fileName=big.pdf", "application/pdf", tooLarge, "fr"), 422, "trop volumineux");
    assertProblem(api.upload(files + "?fileName=empty.pdf", "application/pdf", new byte[0], "en"), 422, "empty");
    assertProblem(api.upload(files, "application/pdf", brochure, "en"), 422, "file name");
    assertThat(api.get(files).body().asJsonArray()).hasSize(1);
    assertProblem(api.get("interaction-templates/FILES/languages/ENU/email-preview"), 422, "contactNo");
    JsonObject email = ok(api.get("interaction-templates/FILES/languages/ENU/email-preview?contactNo=CT000001"));
    assertThat(email.getString("html")).contains("See the files.");
    assertThat(pdfText("interaction-templates/FILES/languages/ENU/letter-preview?contactNo=CT000051"))
        .contains("Dear Oliver Bennett,").contains("See the files.");
    assertProblem(api.get("interaction-templates/FILES/languages/ENU/letter-preview?contactNo=CT999999"), 404, "CT999999");

    assertThat(api.delete(files + "/Price%20list%202027%20%E2%82%AC.pdf").status()).isEqualTo(204);
    assertProblem(api.delete(files + "/Price%20list%202027%20%E2%82%AC.pdf"), 404, "Price list 2027");
    assertThat(api.get(files).body().asJsonArray()).isEmpty();
    assertThat(api.delete("interaction-templates/FILES").status()).isEqualTo(204);
  }

  /** F-31, F-42: a file uploaded through the API and a line's edited text go out with the emails (GreenMail). */
  @Test
  void aFileUploadedOverHttpAndAnEditedLineGoOutWithTheEmails() throws Exception {
    created(api.post("interaction-templates", "{\"code\": \"PRICES\", \"description\": \"Price list\"}"));
    ok(api.put("interaction-templates/PRICES/languages/ENU",
        "{\"subject\": \"Our price list\", \"body\": \"Please find our price list attached, {{contact.name}}.\"}"));
    byte[] priceList = "%PDF-1.4 price list 2027".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    created(api.upload("interaction-templates/PRICES/languages/ENU/attachments?fileName=Prisliste%20%C3%A6%C3%B8%C3%A5.pdf",
        "application/pdf", priceList, "en"));
    String special = created(api.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Åse Special\","
        + " \"email\": \"aase@special.example\", \"languageCode\": \"ENU\"}")).getString("no");
    String plain = created(api.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Per Plain\","
        + " \"email\": \"per@plain.example\", \"languageCode\": \"ENU\"}")).getString("no");
    String segmentNo = created(api.post("segments", "{\"description\": \"Price list mailing\","
        + " \"interactionTemplateCode\": \"PRICES\", \"correspondenceType\": \"EMAIL\","
        + " \"ignoreContactCorrespondenceType\": true}")).getString("no");
    long specialLine = addEnglishLine(segmentNo, special);
    addEnglishLine(segmentNo, plain);
    ok(api.put("segments/" + segmentNo + "/lines/" + specialLine, "{\"languageCode\": \"ENU\","
        + " \"letterBody\": \"A price only for you, {{contact.name}} <script>x</script>.\"}"));

    GreenMail smtp = new GreenMail(TestSmtp.setup());
    smtp.start();
    try {
      ok(api.post("segments/" + segmentNo + "/log", "{\"sendAttachments\": true}"));
      MimeMessage toSpecial = receivedBy(smtp, "aase@special.example");
      MimeMessage toPlain = receivedBy(smtp, "per@plain.example");
      assertThat(MailParts.text(toSpecial)).contains("A price only for you, Åse Special <script>x</script>.")
          .doesNotContain("Please find");
      assertThat(MailParts.html(toSpecial)).contains("A price only for you, Åse Special").doesNotContain("<script>");
      assertThat(MailParts.text(toPlain)).contains("Please find our price list attached, Per Plain.");
      for (MimeMessage message : List.of(toSpecial, toPlain)) {
        Part file = MailParts.attachment(message);
        assertThat(MimeUtility.decodeText(file.getFileName())).isEqualTo("Prisliste æøå.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(priceList);
      }
    } finally {
      smtp.stop();
    }
  }

  /** The one message to the address, delivered by the application's scheduled dispatcher. */
  private static MimeMessage receivedBy(GreenMail smtp, String address) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> received = new ArrayList<>();
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (address.equals(((InternetAddress) message.getRecipients(RecipientType.TO)[0]).getAddress())) {
          received.add(message);
        }
      }
      if (!received.isEmpty()) {
        assertThat(received).hasSize(1);
        return received.get(0);
      }
      smtp.waitForIncomingEmail(2_000, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("No email to " + address + " within a minute");
  }

  private long addEnglishLine(String segmentNo, String contactNo) {
    return created(api.post("segments/" + segmentNo + "/lines",
        "{\"contactNo\": \"" + contactNo + "\", \"languageCode\": \"ENU\"}")).getJsonNumber("lineNo").longValue();
  }

  private String pdfText(String path) {
    Api.Download pdf = api.download(path);
    assertThat(pdf.status()).as(path).isEqualTo(200);
    assertThat(pdf.contentType()).as(path).isEqualTo("application/pdf");
    return PdfText.of(pdf.body()).replaceAll("\\s+", " ");
  }

  @Test
  void anActivityAssignedOverHttpMakesOneToDoPerStepOnItsFormulasDatesAndBadInputWritesNothing() {
    String code = "ACT-" + System.nanoTime() % 1_000_000;
    assertProblem(api.post("activities", activity(code, "3X")), 422, "\"3X\" is not a date formula");
    assertProblem(api.post("activities", activity(code, "3X"), "fr"), 422, "« 3X » n'est pas une formule de date");
    assertThat(api.get("activities/" + code).status()).isEqualTo(404);
    JsonObject created = created(api.post("activities", activity(code, "cm+1d")));
    assertThat(created.getJsonArray("steps").getJsonObject(1).getString("dateFormula")).isEqualTo("CM+1D");

    String contactNo = created(api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Planned Ltd\", \"salespersonCode\": \"PS\"}"))
        .getString("no");
    String emptySegment = created(api.post("segments", "{\"description\": \"Nobody yet\"}")).getString("no");
    long toDosBefore = ok(api.get("to-dos?size=1")).getJsonNumber("total").longValue();
    String assign = "activities/" + code + "/assign";
    assertProblem(api.post(assign, "{\"date\": \"2026-12-10\", \"segmentNo\": \"" + emptySegment + "\"}"), 422, "has no contacts");
    assertProblem(api.post(assign, "{\"date\": \"2026-12-10\", \"segmentNo\": \"" + emptySegment + "\"}", "fr"), 422, "n'a aucun contact");
    assertProblem(api.post(assign, "{\"date\": \"2026-12-10\", \"segmentNo\": \"" + emptySegment + "\", \"contactNo\": \""
        + contactNo + "\"}"), 422, "not both");
    assertProblem(api.post(assign, "{\"date\": \"2026-12-10\"}"), 422, "Assign the activity to");
    assertProblem(api.post(assign, "{\"contactNo\": \"" + contactNo + "\"}"), 422, "start date");
    assertProblem(api.post(assign, "{\"date\": \"2026-12-10\", \"segmentNo\": \"NO-SUCH\"}"), 404, "NO-SUCH");
    assertProblem(api.post("activities/NO-SUCH/assign", "{\"date\": \"2026-12-10\", \"contactNo\": \"" + contactNo + "\"}"), 404, "NO-SUCH");
    assertThat(api.as("sales", "sales-demo").post(assign, "{\"date\": \"2026-12-10\", \"contactNo\": \"" + contactNo + "\"}").status())
        .isEqualTo(403);
    assertThat(ok(api.get("to-dos?size=1")).getJsonNumber("total").longValue()).isEqualTo(toDosBefore);

    JsonObject made = created(api.post(assign, "{\"date\": \"2026-12-10\", \"contactNo\": \"" + contactNo + "\"}"));
    assertThat(made.getInt("toDos")).isEqualTo(2);
    List<JsonObject> toDos = ok(api.get("to-dos?contactNo=" + contactNo + "&sort=no")).getJsonArray("items")
        .stream().map(JsonObject.class::cast).toList();
    assertThat(toDos).extracting(t -> t.getString("type") + " " + t.getString("description") + " " + Instant.parse(t.getString("dueAt"))
            + " " + t.getString("salespersonCode") + " " + t.getString("ownerUser"))
        .containsExactly("CALL Thank them " + nineOn("2026-12-12") + " PS sales",
            "MEETING Visit " + nineOn("2027-01-01") + " PS sales");

    JsonObject changed = ok(api.put("activities/" + code, activity(code, "1W").replace("}]}", "}], \"version\": "
        + created.getInt("version") + "}")));
    assertThat(changed.getJsonArray("steps").getJsonObject(1).getString("dateFormula")).isEqualTo("1W");
    assertThat(api.delete("activities/" + code).status()).isEqualTo(204);
    assertThat(api.get("activities/" + code).status()).isEqualTo(404);
    assertThat(ok(api.get("to-dos?contactNo=" + contactNo)).getJsonNumber("total").longValue()).as("the to-dos stay").isEqualTo(2);
  }

  @Test
  void anInteractionWithOneContactIsRecordedOrPostponedThenResumedAndBadInputWritesNothing() {
    String contactNo = created(api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Called Ltd\", \"salespersonCode\": \"PS\"}"))
        .getString("no");
    String campaignNo = created(api.post("campaigns", "{\"description\": \"Calls\"}")).getString("no");
    String path = "contacts/" + contactNo + "/interactions";
    String call = "{\"interactionTemplateCode\": \"BUS\", \"description\": \"Phoned about the offer\", \"evaluation\": \"POSITIVE\","
        + " \"duration\": 12, \"campaignNo\": \"" + campaignNo + "\", \"date\": \"2026-12-01\", \"time\": \"10:30:00\"";
    assertProblem(api.post(path, "{\"interactionTemplateCode\": \"NOPE\"}"), 422, "no interaction template NOPE");
    assertProblem(api.post(path, call.replace("\"duration\": 12", "\"duration\": -5") + "}"), 422, "cannot be negative");
    assertProblem(api.post(path, call.replace("\"duration\": 12", "\"duration\": -5") + "}", "fr"), 422, "ne peuvent pas être négatifs");
    assertProblem(api.post(path, call.replace("POSITIVE", "SUPERB") + "}"), 400, "not valid JSON");
    assertProblem(api.post("contacts/NOBODY/interactions", call + "}"), 404, "NOBODY");
    assertThat(entriesOf(contactNo)).isZero();
    assertThat(ok(api.get("campaigns/" + campaignNo + "/entries")).getJsonNumber("total").longValue()).isZero();

    JsonObject recorded = created(api.post(path, call + "}"));
    assertThat(recorded.getString("evaluation")).isEqualTo("POSITIVE");
    assertThat(recorded.getJsonNumber("duration").intValue()).isEqualTo(12);
    assertThat(recorded.getJsonNumber("cost").doubleValue())
        .isEqualTo(ok(api.get("interaction-templates/BUS")).getJsonNumber("unitCost").doubleValue());
    assertThat(recorded.getString("salespersonCode")).as("the admin has none: the contact's").isEqualTo("PS");
    assertThat(ok(api.get("campaigns/" + campaignNo + "/entries")).getJsonNumber("total").longValue()).isEqualTo(1);

    JsonObject kept = created(api.post(path, call.replace("Phoned about the offer", "To finish") + ", \"postponed\": true}"));
    assertThat(kept.getBoolean("postponed")).isTrue();
    assertThat(ok(api.get("campaigns/" + campaignNo + "/statistics")).getInt("noOfInteractions")).as("postponed: not counted").isEqualTo(1);
    assertThat(entriesOf(contactNo)).isEqualTo(1);
    assertThat(ok(api.get("interaction-log-entries/postponed?contactNo=" + contactNo)).getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(api.delete("interaction-log-entries/" + recorded.getJsonNumber("entryNo")).status()).isEqualTo(409);

    JsonObject resumed = created(api.post("interaction-log-entries/" + kept.getJsonNumber("entryNo") + "/resume", ""));
    assertThat(resumed.getBoolean("postponed")).isFalse();
    assertThat(resumed.getString("description")).isEqualTo("To finish");
    assertThat(ok(api.get("campaigns/" + campaignNo + "/statistics")).getInt("noOfInteractions")).isEqualTo(2);
    assertThat(ok(api.get("interaction-log-entries/postponed?contactNo=" + contactNo)).getJsonNumber("total").longValue()).isZero();

    String entry = "interaction-log-entries/" + recorded.getJsonNumber("entryNo");
    assertThat(ok(api.post(entry + "/cancel", "")).getBoolean("canceled")).isTrue();
    assertThat(ok(api.get("campaigns/" + campaignNo + "/statistics")).getInt("noOfInteractions")).as("canceled: not counted").isEqualTo(1);
    assertProblem(api.post(entry + "/cancel", ""), 409, "already canceled");
    assertThat(ok(api.post(entry + "/resume", "")).getBoolean("canceled")).as("restored").isFalse();
    assertThat(ok(api.get("campaigns/" + campaignNo + "/statistics")).getInt("noOfInteractions")).isEqualTo(2);
    ok(api.post(entry + "/cancel", ""));
    assertThat(api.delete(entry).status()).isEqualTo(204);
    assertThat(api.get(entry).status()).isEqualTo(404);

    String template = "TMP-" + System.nanoTime() % 100_000;
    created(api.post("interaction-templates", "{\"code\": \"" + template + "\", \"description\": \"Short-lived\", \"unitCost\": 1,"
        + " \"unitDuration\": 5}"));
    String orphan = created(api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"postponed\": true}"))
        .getJsonNumber("entryNo").toString();
    assertThat(api.delete("interaction-templates/" + template).status()).isEqualTo(204);
    assertProblem(api.post("interaction-log-entries/" + orphan + "/resume", ""), 422, "has been deleted");
    assertThat(entriesOf(contactNo)).as("the resumed one").isEqualTo(1);
    assertThat(api.delete("interaction-log-entries/" + orphan).status()).isEqualTo(204);
    assertThat(api.get("interaction-log-entries/" + orphan).status()).isEqualTo(404);
  }

  private long entriesOf(String contactNo) {
    return ok(api.get("interaction-log-entries?contactNo=" + contactNo)).getJsonNumber("total").longValue();
  }

  private static String activity(String code, String secondFormula) {
    return "{\"code\": \"" + code + "\", \"description\": \"After the show\", \"steps\": ["
        + "{\"type\": \"CALL\", \"description\": \"Thank them\", \"priority\": \"HIGH\", \"dateFormula\": \"2D\"},"
        + "{\"type\": \"MEETING\", \"description\": \"Visit\", \"dateFormula\": \"" + secondFormula + "\"}]}";
  }

  /** 09:00 on the day in the server's zone (the tests run on the same machine). */
  private static Instant nineOn(String day) {
    return LocalDate.parse(day).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
  }

  private static JsonObject ok(Answer answer) {
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return answer.object();
  }

  private static JsonObject created(Answer answer) {
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    return answer.object();
  }

  @Test
  void theAuditTrailTellsWhoChangedACampaignAndWhat() {
    String no = api.post("campaigns", "{\"description\": \"Audited fair\"}").object().getString("no");
    Api manager = api.as("manager", "manager-demo");
    ok(manager.put("campaigns/" + no, "{\"description\": \"Audited spring fair\", \"statusCode\": \"1-PLAN\"}"));
    assertThat(manager.put("campaigns/" + no, "{\"description\": \"Never saved\", \"statusCode\": \"NOPE\"}").status())
        .isGreaterThanOrEqualTo(400);
    assertThat(manager.get("audit-entries").status()).as("the trail is the administrator's").isEqualTo(403);

    JsonObject trail = ok(api.get("audit-entries?recordType=CAMPAIGN&recordKey=" + no + "&sort=id"));
    assertThat(trail.getInt("total")).as("created and changed once; the refused change left nothing").isEqualTo(2);
    JsonObject created = trail.getJsonArray("items").getJsonObject(0);
    assertThat(created.getString("action")).isEqualTo("CREATE");
    assertThat(created.getString("userName")).isEqualTo("admin");
    JsonObject changed = trail.getJsonArray("items").getJsonObject(1);
    assertThat(changed.getString("action")).isEqualTo("CHANGE");
    assertThat(changed.getString("userName")).isEqualTo("manager");
    assertThat(changed.getJsonObject("changes").getJsonArray("description").getString(0)).isEqualTo("Audited fair");
    assertThat(changed.getJsonObject("changes").getJsonArray("description").getString(1)).isEqualTo("Audited spring fair");
    assertThat(changed.getJsonObject("changes").getJsonArray("statusCode").getString(1)).isEqualTo("1-PLAN");
    assertThat(changed.getJsonObject("changes").containsKey("version")).isFalse();

    String segmentNo = api.post("segments", "{\"description\": \"Audited log\", \"interactionTemplateCode\": \"BUS\"}")
        .object().getString("no");
    ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}"));
    Api staff = api.as("staff", "staff-demo");
    String loggedNo = ok(staff.post("segments/" + segmentNo + "/log",
        "{\"sendAttachments\": false, \"createFollowUpSegment\": false}")).getString("no");
    ok(staff.post("logged-segments/" + loggedNo + "/cancel", ""));
    var actions = ok(api.get("audit-entries?recordType=LOGGED_SEGMENT&recordKey=" + loggedNo + "&sort=id"))
        .getJsonArray("items");
    assertThat(actions).extracting(a -> a.asJsonObject().getString("action")).containsExactly("LOG", "CANCEL");
    assertThat(actions).extracting(a -> a.asJsonObject().getString("userName")).containsOnly("staff");
    assertThat(actions.getJsonObject(0).getJsonObject("changes").getJsonArray("segmentNo").getString(1)).isEqualTo(segmentNo);
  }

  private static void assertProblem(Answer answer, int status, String detailContains) {
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.object().getInt("status")).isEqualTo(status);
    assertThat(answer.object().getString("title")).isNotBlank();
    assertThat(answer.object().getString("detail")).contains(detailContains).doesNotContain("Exception");
  }
}
