package crm.it;

import static java.nio.charset.StandardCharsets.UTF_8;
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
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
    String entries = "interaction-log-entries?campaignNo=" + campaignNo;
    long logged = ok(api.get(entries)).getJsonNumber("total").longValue();
    assertThat(logged).isPositive();
    assertThat(ok(api.get(entries + "&canceled=true")).getJsonNumber("total").longValue()).isEqualTo(logged);

    String contactNo = ok(api.get("contacts?type=PERSON&size=1")).getJsonArray("items").getJsonObject(0).getString("no");
    long single = created(api.post("contacts/" + contactNo + "/interactions", "{\"interactionTemplateCode\": \"BUS\","
        + " \"description\": \"Met at the stand\", \"campaignNo\": \"" + campaignNo + "\"}")).getJsonNumber("entryNo").longValue();
    long singleEntry = ok(api.get("campaigns/" + campaignNo + "/entries?sort=-entryNo")).getJsonArray("items").getJsonObject(0)
        .getJsonNumber("entryNo").longValue();
    ok(api.post("campaign-entries/" + singleEntry + "/cancel", ""));
    assertThat(ok(api.get("interaction-log-entries/" + single)).getBoolean("canceled")).as("canceled with its campaign entry").isTrue();
    assertThat(api.delete("campaign-entries/" + singleEntry).status()).isEqualTo(204);
    assertThat(api.get("interaction-log-entries/" + single).status()).as("deleted with its campaign entry").isEqualTo(404);

    assertThat(ok(api.post("campaigns/" + campaignNo + "/delete-canceled-entries", "")).getInt("deleted")).isEqualTo(1);
    assertThat(ok(api.get("campaigns/" + campaignNo + "/entries")).getInt("total")).isZero();
    assertThat(ok(api.get(entries)).getJsonNumber("total").longValue()).as("the logged segment's interactions go too").isZero();
  }

  @Test
  void aSegmentsAddressLabelsPrintOnePerContactOnASheetOrOnePerPage() throws Exception {
    String segmentNo = created(api.post("segments", "{\"description\": \"Labels\"}")).getString("no");
    assertProblem(api.get("segments/" + segmentNo + "/labels"), 422, "no label to print");
    assertProblem(api.get("segments/NOPE/labels"), 404, "NOPE");
    int contacts = ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}"))
        .getInt("noOfLines");
    List<String> names = new ArrayList<>();
    var lines = ok(api.get("segments/" + segmentNo + "/lines?size=100")).getJsonArray("items");
    for (int i = 0; i < lines.size(); i++) {
      names.add(ok(api.get("contacts/" + lines.getJsonObject(i).getString("contactNo"))).getString("name"));
    }

    Api.Download sheet = api.download("segments/" + segmentNo + "/labels");
    assertThat(sheet.contentType()).isEqualTo("application/pdf");
    var reader = new com.lowagie.text.pdf.PdfReader(sheet.body());
    assertThat(reader.getNumberOfPages()).isEqualTo((contacts + 23) / 24);
    assertThat(PdfText.of(reader).replaceAll("\\s+", " ")).contains(names.toArray(String[]::new));
    Api.Download single = api.download("segments/" + segmentNo + "/labels?format=SINGLE");
    assertThat(new com.lowagie.text.pdf.PdfReader(single.body()).getNumberOfPages()).isEqualTo(contacts);
    assertProblem(api.get("segments/" + segmentNo + "/labels?format=A5"), 422, "A5");
  }

  @Test
  void coverSheetsPrintOnePagePerContactAndLogAnInteractionWithEachWhenAsked() throws Exception {
    String segmentNo = created(api.post("segments", "{\"description\": \"Cover sheets\"}")).getString("no");
    int contacts = ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}"))
        .getInt("noOfLines");
    String path = "segments/" + segmentNo + "/cover-sheets";
    String entries = "interaction-log-entries?segmentNo=" + segmentNo;
    assertProblem(api.post(path, "{\"subject\": \" \"}"), 422, "needs a subject");
    assertProblem(api.post(path, "{\"subject\": \"Price list\", \"remarks\": \"For {{contact.nmae}}\"}"), 422, "contact.nmae");
    assertProblem(api.post(path, "{\"subject\": \"Price list\", \"interactionTemplateCode\": \"NOPE\"}"), 404, "NOPE");
    assertThat(ok(api.get(entries)).getJsonNumber("total").longValue()).as("nothing logged").isZero();

    Api.Download printed = api.downloadPosting(path, "{\"subject\": \"Price list\", \"remarks\": \"Enclosed for {{contact.name}}.\"}");
    assertThat(printed.contentType()).isEqualTo("application/pdf");
    var reader = new com.lowagie.text.pdf.PdfReader(printed.body());
    assertThat(reader.getNumberOfPages()).isEqualTo(contacts);
    String first = ok(api.get("segments/" + segmentNo + "/lines?size=1")).getJsonArray("items").getJsonObject(0).getString("contactNo");
    assertThat(PdfText.of(reader).replaceAll("\\s+", " ")).contains("Price list",
        "Enclosed for " + ok(api.get("contacts/" + first)).getString("name") + ".");
    assertThat(ok(api.get(entries)).getJsonNumber("total").longValue()).as("printing alone logs nothing").isZero();

    Api.Download logged = api.downloadPosting(path, "{\"subject\": \"Price list\", \"interactionTemplateCode\": \"COVERSH\"}");
    assertThat(new com.lowagie.text.pdf.PdfReader(logged.body()).getNumberOfPages()).isEqualTo(contacts);
    assertThat(ok(api.get(entries + "&templateCode=COVERSH")).getJsonNumber("total").longValue()).isEqualTo(contacts);
  }

  @Test
  void activatingACampaignTakesItsTargetsThroughTheirCompaniesOnlyWhenSomethingIsMarked() {
    String campaignNo = created(api.post("campaigns", "{\"description\": \"Autumn prices\"}")).getString("no");
    assertProblem(api.post("campaigns/" + campaignNo + "/activate", ""), 422, "mark them as campaign target");
    assertThat(ok(api.get("campaigns/" + campaignNo)).getBoolean("activated")).isFalse();

    String segmentNo = created(api.post("segments", "{\"description\": \"Targets\", \"campaignNo\": \"" + campaignNo
        + "\", \"campaignTarget\": true}")).getString("no");
    ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"], \"contactType\": \"PERSON\"}"));
    var lines = ok(api.get("segments/" + segmentNo + "/lines?size=100")).getJsonArray("items");
    java.util.Set<String> companies = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonObject line = lines.getJsonObject(i);
      companies.add(line.containsKey("contactCompanyNo") ? line.getString("contactCompanyNo") : line.getString("contactNo"));
    }
    assertThat(ok(api.post("campaigns/" + campaignNo + "/activate", "")).getInt("targets")).as("persons count through their companies")
        .isEqualTo(companies.size()).isLessThan(lines.size());
    assertThat(ok(api.get("campaigns/" + campaignNo)).getBoolean("activated")).isTrue();

    String newcomer = created(api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Late Visitor Ltd\"}")).getString("no");
    created(api.post("segments/" + segmentNo + "/lines", "{\"contactNo\": \"" + newcomer + "\", \"campaignTarget\": true}"));
    assertThat(ok(api.post("campaigns/" + campaignNo + "/activate", "")).getInt("targets")).as("a target from the next activation")
        .isEqualTo(companies.size() + 1);
    String prices = "campaigns/" + campaignNo + "/prices";
    assertProblem(api.post(prices, "{\"itemNo\": \"1896-S\", \"unitPrice\": -1}"), 422, "cannot be negative");
    assertProblem(api.post(prices, "{\"itemNo\": \"1896-S\", \"discountPercent\": 120}"), 422, "over 100 %");
    assertProblem(api.post(prices, "{\"itemNo\": \"1896-S\"}"), 422, "unit price or a discount");
    assertProblem(api.post(prices, "{\"itemNo\": \"1896-S\", \"unitPrice\": 99999999999999999999}"), 422,
        "below 1000000000000");
    assertThat(ok(api.get(prices)).getInt("total")).isZero();
    created(api.post(prices, "{\"itemNo\": \"1896-S\", \"itemDescription\": \"Athens Desk\", \"unitPrice\": 500}"));
    created(api.post(prices, "{\"itemNo\": \"1896-S\", \"unitPrice\": 450, \"minimumQuantity\": 10}"));
    created(api.post(prices, "{\"itemNo\": \"1896-S\", \"discountPercent\": 7.5}"));
    assertThat(ok(api.get(prices)).getInt("total")).isEqualTo(3);
    String target = lines.getJsonObject(0).getString("contactNo");
    String lookup = "prices/lookup?itemNo=1896-S&contactNo=" + target;
    JsonObject one = ok(api.get(lookup));
    assertThat(one.getJsonNumber("unitPrice").doubleValue()).isEqualTo(500);
    assertThat(one.getString("unitPriceCampaignNo")).isEqualTo(campaignNo);
    assertThat(one.getJsonNumber("discountPercent").doubleValue()).isEqualTo(7.5);
    assertThat(ok(api.get(lookup + "&quantity=12")).getJsonNumber("unitPrice").doubleValue()).isEqualTo(450);
    String outsider = created(api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Not Targeted Ltd\"}")).getString("no");
    assertThat(ok(api.get("prices/lookup?itemNo=1896-S&contactNo=" + outsider)).containsKey("unitPrice")).isFalse();
    assertProblem(api.get("prices/lookup?itemNo=1896-S&contactNo=NOBODY"), 404, "NOBODY");
    // The campaign ran a year ago: the lookup finds it once the application's clock goes back there
    // (back, so that no job finds anything newly due meanwhile).
    LocalDate lastYear = LocalDate.now().minusYears(1);
    ok(api.put("campaigns/" + campaignNo, "{\"description\": \"Autumn prices\", \"startingDate\": \"" + lastYear
        + "\", \"endingDate\": \"" + lastYear.plusDays(30) + "\", \"version\": "
        + ok(api.get("campaigns/" + campaignNo)).getInt("version") + "}"));
    assertThat(ok(api.get(lookup)).containsKey("unitPrice")).as("no longer running today").isFalse();
    try {
      assertThat(api.post("test-control/clock/advance?by=-P" + (ChronoUnit.DAYS.between(lastYear, LocalDate.now()) - 1) + "D",
          "").status()).isEqualTo(204);
      assertThat(ok(api.get(lookup)).getJsonNumber("unitPrice").doubleValue()).as("today is the application's").isEqualTo(500);

      ok(api.post("campaigns/" + campaignNo + "/deactivate", ""));
      assertThat(ok(api.get("campaigns/" + campaignNo)).getBoolean("activated")).isFalse();
      assertThat(ok(api.get(lookup)).containsKey("unitPrice")).as("only while the campaign is activated").isFalse();
    } finally {
      api.post("test-control/clock/reset", "");
    }
  }

  @Test
  void changingTheHeadersTemplateOverwritesTheLinesTemplateOnlyAndALogWithNothingToSendIsRefused() {
    assertThat(api.post("interaction-templates", "{\"code\": \"FRONLY\", \"description\": \"French only\","
        + " \"languageCode\": \"ENU\", \"correspondenceType\": \"HARD_COPY\"}").status()).isEqualTo(201);
    ok(api.put("interaction-templates/FRONLY/languages/FRA", "{\"description\": \"Lettre\", \"subject\": \"Bonjour\","
        + " \"body\": \"Bonjour {{contact.name}}.\"}"));
    String segmentNo = created(api.post("segments", "{\"description\": \"Own language\", \"interactionTemplateCode\": \"BUS\"}"))
        .getString("no");
    long lineNo = created(api.post("segments/" + segmentNo + "/lines", "{\"contactNo\": \"CT000049\","
        + " \"interactionTemplateCode\": \"BUS\", \"languageCode\": \"DAN\"}")).getJsonNumber("lineNo").longValue();
    int version = ok(api.get("segments/" + segmentNo)).getInt("version");
    ok(api.put("segments/" + segmentNo + "?overwriteLineValues=true", "{\"description\": \"Own language\","
        + " \"interactionTemplateCode\": \"FRONLY\", \"version\": " + version + "}"));
    JsonObject line = ok(api.get("segments/" + segmentNo + "/lines/" + lineNo));
    assertThat(line.containsKey("interactionTemplateCode")).as("the template follows the header").isFalse();
    assertThat(line.getString("languageCode")).as("the line's own language stays").isEqualTo("DAN");

    assertProblem(api.post("segments/" + segmentNo + "/log", "{\"sendAttachments\": true}"), 422,
        "1 lines would get neither a letter nor an email");
    assertProblem(api.post("segments/" + segmentNo + "/log", "{\"sendAttachments\": true}"), 422, "FRONLY (DAN): 1");
    assertThat(ok(api.get("segments/" + segmentNo)).containsKey("loggedSegmentNo")).as("nothing logged").isFalse();
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
    String renamed = "{\"description\": \"Renamed\", \"interactionTemplateCode\": \"BUS\", \"correspondenceType\": \"EMAIL\","
        + " \"version\": " + version + "}";
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

  /** F-32: Finish with the template's text sends one letter (kept as sent) or one email (outbox), under the one entry. */
  @Test
  void anInteractionSendsItsTemplatesTextAsALetterOrAnEmailAndWithoutATextWritesNothing() {
    String suffix = String.valueOf(System.nanoTime() % 100_000);
    String template = "OFR" + suffix;
    created(api.post("interaction-templates", "{\"code\": \"" + template + "\", \"description\": \"Offer\","
        + " \"languageCode\": \"ENU\", \"correspondenceType\": \"HARD_COPY\"}"));
    ok(api.put("interaction-templates/" + template + "/languages/ENU", "{\"subject\": \"Our offer\","
        + " \"body\": \"Here is our offer for {{contact.name}}.\"}"));
    String frenchOnly = "FRO" + suffix;
    created(api.post("interaction-templates", "{\"code\": \"" + frenchOnly + "\", \"description\": \"Offre\","
        + " \"languageCode\": \"ENU\", \"correspondenceType\": \"HARD_COPY\"}"));
    ok(api.put("interaction-templates/" + frenchOnly + "/languages/FRA", "{\"subject\": \"Offre\", \"body\": \"Voici.\"}"));
    String contactNo = created(api.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Lea Letter\","
        + " \"email\": \"lea@letter.example\", \"languageCode\": \"ENU\", \"city\": \"Lyon\"}")).getString("no");
    String path = "contacts/" + contactNo + "/interactions";

    assertProblem(api.post(path, "{\"interactionTemplateCode\": \"" + frenchOnly + "\", \"languageCode\": \"DAN\","
        + " \"sendAttachment\": true}"), 422, "has no text in language DAN");
    assertProblem(api.post(path, "{\"interactionTemplateCode\": \"" + frenchOnly + "\", \"languageCode\": \"DAN\","
        + " \"sendAttachment\": true}", "fr"), 422, "pas de texte dans la langue DAN");
    assertThat(entriesOf(contactNo)).as("refused: nothing written").isZero();

    JsonObject letter = created(api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"sendAttachment\": true}"));
    assertThat(letter.getJsonObject("entry").getString("deliveryStatus")).isEqualTo("PRINTED");
    assertThat(letter.containsKey("emailId")).as("no email").isFalse();
    assertThat(pdfText(letter.getString("letter"))).contains("Our offer", "Here is our offer for Lea Letter.", "Lyon");

    JsonObject edited = created(api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"sendAttachment\": true,"
        + " \"letterSubject\": \"A private offer\", \"letterBody\": \"Only for you, {{contact.name}}.\"}"));
    assertThat(pdfText(edited.getString("letter"))).contains("A private offer", "Only for you, Lea Letter.")
        .doesNotContain("Here is our offer");
    assertThat(pdfText(letter.getString("letter"))).as("the first letter stays as sent").contains("Here is our offer");

    JsonObject email = created(api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"sendAttachment\": true,"
        + " \"correspondenceType\": \"EMAIL\", \"evaluation\": \"POSITIVE\"}"));
    long emailId = email.getJsonNumber("emailId").longValue();
    long entryNo = email.getJsonObject("entry").getJsonNumber("entryNo").longValue();
    assertThat(email.containsKey("letter")).as("no letter").isFalse();
    assertThat(email.getJsonObject("entry").getString("correspondenceType")).isEqualTo("EMAIL");
    assertThat(email.getJsonObject("entry").getString("evaluation")).as("the wizard's values stay").isEqualTo("POSITIVE");
    assertThat(email.getJsonObject("entry").getJsonNumber("emailId").longValue()).isEqualTo(emailId);
    JsonObject sent = ok(api.get("emails/" + emailId));
    assertThat(sent.getString("subject")).isEqualTo("Our offer");
    assertThat(sent.getString("bodyHtml")).contains("Here is our offer for Lea Letter.");
    assertThat(sent.getString("status")).isIn("QUEUED", "SENT");
    assertThat(sent.getJsonArray("interactionLogEntryNos").getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue))
        .as("one entry, the interaction's").containsExactly(entryNo);
    assertThat(entriesOf(contactNo)).as("one entry per interaction").isEqualTo(3);

    String mute = created(api.post(path, "{\"interactionTemplateCode\": \"" + frenchOnly + "\", \"languageCode\": \"DAN\","
        + " \"postponed\": true}")).getJsonNumber("entryNo").toString();
    assertProblem(api.post("interaction-log-entries/" + mute + "/resume?sendAttachment=true", ""), 422, "has no text in language DAN");
    assertThat(ok(api.get("interaction-log-entries/postponed?contactNo=" + contactNo)).getJsonNumber("total").longValue())
        .as("refused: still postponed").isEqualTo(1);
    String kept = created(api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"postponed\": true}"))
        .getJsonNumber("entryNo").toString();
    JsonObject resumed = created(api.post("interaction-log-entries/" + kept + "/resume?sendAttachment=true", ""));
    assertThat(resumed.getJsonObject("entry").getBoolean("postponed")).isFalse();
    assertThat(pdfText(resumed.getString("letter"))).as("resumed, it sends as Finish does")
        .contains("Our offer", "Here is our offer for Lea Letter.");
    assertThat(entriesOf(contactNo)).isEqualTo(4);

    String keptText = created(api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"postponed\": true,"
        + " \"sendAttachment\": true, \"letterSubject\": \"Kept for later\", \"letterBody\": \"Still yours, {{contact.name}}.\"}"))
        .getJsonNumber("entryNo").toString();
    JsonObject finished = created(api.post("interaction-log-entries/" + keptText + "/resume?sendAttachment=true", ""));
    assertThat(pdfText(finished.getString("letter"))).as("the text it kept when it was postponed")
        .contains("Kept for later", "Still yours, Lea Letter.").doesNotContain("Here is our offer");
  }

  @Test
  void newRecordsTakeTheSetupsDefaultsAndTheUsersSalespersonUnlessGiven() {
    JsonObject byAdmin = created(api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Defaults Ltd\"}"));
    assertThat(byAdmin.getString("languageCode")).as("the marketing setup's").isEqualTo("ENU");
    assertThat(byAdmin.getString("correspondenceType")).as("the marketing setup's").isEqualTo("HARD_COPY");
    assertThat(byAdmin.getString("salespersonCode", null)).as("the admin has no salesperson").isNull();

    Api staff = api.as("staff", "staff-demo");
    JsonObject contact = created(staff.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Ann Default\"}"));
    assertThat(contact.getString("salespersonCode")).as("the user's salesperson").isEqualTo("BC");
    JsonObject given = created(staff.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Bo Given\","
        + " \"salespersonCode\": \"PS\", \"languageCode\": \"FRA\", \"correspondenceType\": \"EMAIL\"}"));
    assertThat(List.of(given.getString("salespersonCode"), given.getString("languageCode"), given.getString("correspondenceType")))
        .as("what is given wins").containsExactly("PS", "FRA", "EMAIL");
    assertThat(created(staff.post("segments", "{\"description\": \"Defaulted\"}")).getString("salespersonCode")).isEqualTo("BC");
    assertThat(created(api.post("segments", "{\"description\": \"By admin\"}")).getString("salespersonCode", null)).isNull();
    JsonObject call = created(staff.post("contacts/" + given.getString("no") + "/interactions", "{\"interactionTemplateCode\": \"BUS\"}"));
    assertThat(call.getString("salespersonCode")).as("the user's before the contact's").isEqualTo("BC");
    assertThat(call.getString("languageCode")).as("the contact's: the template has a French text").isEqualTo("FRA");
    String german = created(staff.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Greta German\", \"languageCode\": \"DEU\"}"))
        .getString("no");
    assertThat(created(staff.post("contacts/" + german + "/interactions", "{\"interactionTemplateCode\": \"BUS\"}"))
        .getString("languageCode")).as("the template's: it has no German text").isEqualTo("ENU");
    assertThat(created(staff.post("contacts/" + german + "/interactions", "{\"interactionTemplateCode\": \"BUS\","
        + " \"languageCode\": \"DAN\"}")).getString("languageCode")).as("what is given wins").isEqualTo("DAN");
  }

  @Test
  void entriesTakeCommentsCountPerTemplateAndGroupUntilCanceledAndCanceledOnesGoInABatchOfAPeriod() {
    String suffix = String.valueOf(System.nanoTime() % 100_000);
    String group = "G" + suffix;
    String template = "ST" + suffix;
    created(api.post("codes/interaction-groups", "{\"code\": \"" + group + "\", \"description\": \"Phone\"}"));
    created(api.post("interaction-templates", "{\"code\": \"" + template + "\", \"description\": \"Call\","
        + " \"interactionGroupCode\": \"" + group + "\", \"unitCost\": 2.5, \"unitDuration\": 10}"));
    String contactNo = created(api.post("contacts", "{\"type\": \"COMPANY\", \"name\": \"Counted Ltd\"}")).getString("no");
    String path = "contacts/" + contactNo + "/interactions";
    long[] entries = new long[3];
    for (int i = 0; i < 3; i++) {
      entries[i] = created(api.post(path, "{\"interactionTemplateCode\": \"" + template + "\", \"date\": \"2031-03-0" + (i + 1)
          + "\"}")).getJsonNumber("entryNo").longValue();
    }
    String first = "interaction-log-entries/" + entries[0];
    assertProblem(api.post(first + "/comments", "{\"comment\": \"  \"}"), 422, "Type the comment");
    assertProblem(api.post("interaction-log-entries/999999999/comments", "{\"comment\": \"Hello\"}"), 404, "999999999");
    JsonObject comment = created(api.as("sales", "sales-demo").post(first + "/comments", "{\"comment\": \"Call back in March\"}"));
    assertThat(comment.getString("userId")).isEqualTo("sales");
    assertThat(ok(api.get(first + "/comments")).getJsonArray("items").getJsonObject(0).getString("comment")).isEqualTo("Call back in March");

    String statistics = "interaction-log-entries/statistics?from=2031-03-01&to=2031-03-31";
    assertThat(figures(statistics, "byTemplate", template)).isEqualTo("3 7.50 30.00");
    assertThat(figures(statistics, "byGroup", group)).isEqualTo("3 7.50 30.00");
    assertProblem(api.delete(first), 409, "cancel it first");
    ok(api.post(first + "/cancel", ""));
    ok(api.post("interaction-log-entries/" + entries[2] + "/cancel", ""));
    assertThat(figures(statistics, "byTemplate", template)).as("canceled ones do not count").isEqualTo("1 2.50 10.00");
    assertThat(figures("interaction-log-entries/statistics?from=2031-03-01&to=2031-03-01", "byGroup", group))
        .as("none left on the first day").isEmpty();

    String batch = "interaction-log-entries/delete-canceled";
    assertProblem(api.post(batch, "{\"from\": \"2031-03-02\", \"to\": \"2031-03-01\"}"), 422, "after the ending date");
    assertProblem(api.post(batch, "{\"from\": \"2031-03-02\", \"to\": \"2031-03-01\"}", "fr"), 422, "postérieure à la date de fin");
    assertThat(api.as("staff", "staff-demo").post(batch, "{}").status()).as("the manager's job").isEqualTo(403);
    assertThat(ok(api.post(batch, "{\"from\": \"2031-03-01\", \"to\": \"2031-03-02\"}")).getInt("deleted")).isEqualTo(1);
    assertThat(api.get(first).status()).isEqualTo(404);
    assertThat(api.get(first + "/comments").status()).as("its comments went with it").isEqualTo(404);
    assertThat(ok(api.get("interaction-log-entries/" + entries[2])).getBoolean("canceled")).as("after the period").isTrue();
    assertThat(ok(api.post(batch, "{\"from\": \"2031-03-01\", \"to\": \"2031-03-31\"}")).getInt("deleted")).isEqualTo(1);
    assertThat(entriesOf(contactNo)).as("the one never canceled").isEqualTo(1);
  }

  /** "count cost duration" of one template's or group's figures, or "" when it has none. */
  private String figures(String path, String view, String code) {
    return ok(api.get(path)).getJsonArray(view).getValuesAs(JsonObject.class).stream()
        .filter(f -> code.equals(f.getString("code", null)))
        .map(f -> f.getJsonNumber("noOfInteractions") + " " + f.getJsonNumber("cost").bigDecimalValue().setScale(2)
            + " " + f.getJsonNumber("duration").bigDecimalValue().setScale(2))
        .findFirst().orElse("");
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

  @Test
  void contactsImportedOverHttpArePreviewedThenImportedAllOrNothingOrTheValidOnes() {
    String csv = """
        type;name;company;post_code;email;job_responsibilities
        COMPANY;Rest Fair Ltd;;75001;fair@rest.example;
        PERSON;Rita Rest;Rest Fair Ltd;75001;rita@rest.example;PURCHASE|SALES
        PERSON;Unknown Code;;;code@rest.example;ASTRONAUT
        PERSON;Bad Mail;;;not-an-email;
        """;
    long before = ok(api.get("contacts?count=exact&size=1")).getJsonNumber("total").longValue();
    JsonObject preview = ok(api.upload("contacts/import?dryRun=true", "text/csv", csv.getBytes(UTF_8), "fr"));
    assertThat(preview.getInt("rows")).isEqualTo(4);
    assertThat(preview.getInt("valid")).isEqualTo(2);
    assertThat(preview.getJsonArray("errors").toString())
        .contains("\"field\":\"job_responsibilities\",\"message\":\"Code « ASTRONAUT » inconnu.\",\"row\":3")
        .contains("\"field\":\"email\"", "\"row\":4");
    assertThat(preview.getJsonArray("firstRows").getJsonObject(1).getString("company")).isEqualTo("#1");

    JsonObject refused = api.upload("contacts/import", "text/csv", csv.getBytes(UTF_8), "en").expect(422);
    assertThat(refused.getString("detail")).isEqualTo(
        "Nothing was imported: 2 rows have errors. Correct them, or import the valid rows only.");
    assertThat(refused.getJsonArray("errors")).hasSize(2);
    assertThat(ok(api.get("contacts?count=exact&size=1")).getJsonNumber("total").longValue()).as("all or nothing").isEqualTo(before);

    JsonObject imported = ok(api.upload("contacts/import?skipInvalid=true", "text/csv", csv.getBytes(UTF_8), "en"));
    assertThat(imported.getInt("created")).isEqualTo(2);
    assertThat(imported.getInt("skipped")).isEqualTo(2);
    JsonObject rita = ok(api.get("contacts?name=Rita%20Rest")).getJsonArray("items").getJsonObject(0);
    JsonObject company = ok(api.get("contacts?name=Rest%20Fair%20Ltd")).getJsonArray("items").getJsonObject(0);
    assertThat(rita.getString("companyNo")).isEqualTo(company.getString("no"));
    assertThat(rita.toString()).contains("PURCHASE", "SALES");
  }

  @Test
  void anExportImportsAgainAsDuplicatesAndItsFormulaCellsAreNeutralised() {
    created(api.post("contacts", "{\"type\": \"PERSON\", \"name\": \"=HYPERLINK(\\\"http://evil.example\\\")\","
        + " \"city\": \"Exportville\", \"email\": \"formula@export.example\"}"));
    created(api.post("contacts", "{\"type\": \"PERSON\", \"name\": \"Erin Export\", \"city\": \"Exportville\","
        + " \"phone\": \"+33 1 23 45 67\", \"email\": \"erin@export.example\"}"));
    Api.Download export = api.download("contacts/export.csv?city=Exportville");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("text/csv");
    String text = new String(export.body(), UTF_8);
    assertThat(text).startsWith("\uFEFFno;type;name;").contains("'=HYPERLINK", "'+33 1 23 45 67").hasLineCount(3);

    JsonObject again = ok(api.upload("contacts/import?dryRun=true", "text/csv", export.body(), "en"));
    assertThat(again.getInt("rows")).isEqualTo(2);
    assertThat(again.getInt("valid")).isZero();
    assertThat(again.getJsonArray("errors").toString()).contains("already has this email address")
        .contains("The value looks like a spreadsheet formula");

    String segmentNo = created(api.post("segments", SEGMENT_HEADER)).getString("no");
    ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}"));
    Api.Download segment = api.download("segments/" + segmentNo + "/contacts.csv");
    long lines = ok(api.get("segments/" + segmentNo)).getJsonNumber("noOfLines").longValue();
    assertThat(new String(segment.body(), UTF_8).split("\r\n")).hasSize((int) lines + 1);
    assertThat(api.download("segments/SM99999/contacts.csv").status()).isEqualTo(404);
  }

  @Test
  void badContactFilesAreRefusedWithAClearMessageAndNothingIsWritten() {
    long before = ok(api.get("contacts?count=exact&size=1")).getJsonNumber("total").longValue();
    assertThat(api.upload("contacts/import", "text/csv", new byte[0], "en").refused(422))
        .isEqualTo("The file is empty: a contacts file starts with a header row naming its columns.");
    assertThat(api.upload("contacts/import", "text/csv", new byte[] {'%', 'P', 'D', 'F', (byte) 0xC3, 0x28, 0}, "fr")
        .refused(422)).startsWith("Ce n'est pas un fichier texte CSV en UTF-8");
    assertThat(api.upload("contacts/import", "text/csv", "name;shoe size\nAnna;42\n".getBytes(UTF_8), "en").refused(422))
        .startsWith("The column \"shoe size\" is not a contact field");
    assertThat(api.upload("contacts/import", "text/csv", "name\n".getBytes(UTF_8), "en").refused(422))
        .isEqualTo("The file has a header row but no contacts.");
    assertThat(api.as("sales", "sales-demo").upload("contacts/import", "text/csv", "name\nSam\n".getBytes(UTF_8), "en")
        .status()).isEqualTo(403);
    assertThat(ok(api.get("contacts?count=exact&size=1")).getJsonNumber("total").longValue()).isEqualTo(before);
  }

  @Test
  void segmentToolsAllowRelatedCompaniesInOneStepThatGoBackUndoes() {
    String segmentNo = created(api.post("segments", "{\"description\": \"Purchasers and their companies\"}")).getString("no");
    String purchasers = "{\"jobResponsibilityCodes\": [\"PURCHASE\"]";
    long persons = ok(api.post("segments/" + segmentNo + "/preview?action=ADD", purchasers + "}")).getJsonNumber("count").longValue();
    long withCompanies = ok(api.post("segments/" + segmentNo + "/preview?action=ADD",
        purchasers + ", \"allowRelatedCompanies\": true}")).getJsonNumber("count").longValue();
    assertThat(withCompanies).as("the persons' companies come too").isGreaterThan(persons);

    JsonObject added = ok(api.post("segments/" + segmentNo + "/add-contacts", purchasers + ", \"allowRelatedCompanies\": true}"));
    assertThat(added.getJsonNumber("noOfLines").longValue()).isEqualTo(withCompanies);
    assertThat(added.getInt("noOfCriteriaActions")).as("one criteria action").isEqualTo(1);
    var lines = ok(api.get("segments/" + segmentNo + "/lines?size=500")).getJsonArray("items");
    java.util.Set<String> contacts = new java.util.HashSet<>();
    java.util.Set<String> companies = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      contacts.add(lines.getJsonObject(i).getString("contactNo"));
      if (lines.getJsonObject(i).containsKey("contactCompanyNo")) {
        companies.add(lines.getJsonObject(i).getString("contactCompanyNo"));
      }
    }
    assertThat(contacts).hasSize(lines.size()).containsAll(companies);
    assertThat(api.get("segments/" + segmentNo + "/criteria-actions").body().asJsonArray().getJsonObject(0)
        .getString("description")).as("told in words, with the code's description")
        .isEqualTo("Add contacts whose job responsibility is Purchase (with the companies of the persons added)");
    assertThat(api.get("segments/" + segmentNo + "/criteria-actions", "fr").body().asJsonArray().getJsonObject(0)
        .getString("description")).as("in the caller's language")
        .isEqualTo("Ajouter les contacts dont la responsabilité est Purchase (avec les sociétés des personnes ajoutées)");

    assertThat(ok(api.post("segments/" + segmentNo + "/go-back", "")).getInt("noOfLines")).as("Go Back takes the companies too").isZero();
  }

  @Test
  void segmentToolsApplyAMailingGroupOnceToEachContactAndAnUnknownGroupWritesNothing() {
    created(api.post("codes/mailing-groups", "{\"code\": \"FAIR-2027\", \"description\": \"Fair 2027 invitations\"}"));
    String segmentNo = created(api.post("segments", "{\"description\": \"Fair invitations\"}")).getString("no");
    ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}"));
    ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"], \"allowExistingContacts\": true}"));
    JsonObject header = ok(api.get("segments/" + segmentNo));
    int lines = header.getInt("noOfLines");
    String apply = "segments/" + segmentNo + "/apply-mailing-group";
    String fair = "{\"mailingGroupCode\": \"FAIR-2027\"}";

    assertProblem(api.post(apply, "{\"mailingGroupCode\": \"NOPE\"}"), 422, "no mailing group NOPE");
    assertThat(api.post(apply, "{\"mailingGroupCode\": \"NOPE\"}", "fr").object().getString("detail"))
        .contains("groupe de publipostage NOPE");
    assertProblem(api.post(apply, "{}"), 422, "mailing group");
    String withGroup = "{\"mailingGroupCodes\": [\"FAIR-2027\"]}";
    assertThat(ok(api.post(apply.replace("apply-mailing-group", "preview?action=ADD"), withGroup)).getInt("count"))
        .as("nothing written").isZero();

    JsonObject applied = ok(api.post(apply, fair));
    assertThat(applied.getInt("contacts")).as("each contact once, though it is on two lines").isEqualTo(lines / 2).isPositive();
    assertThat(applied.getString("mailingGroupCode")).isEqualTo("FAIR-2027");
    assertThat(ok(api.post(apply, fair)).getInt("contacts")).as("those that have it are skipped").isZero();
    String other = created(api.post("segments", "{\"description\": \"Fair group\"}")).getString("no");
    assertThat(ok(api.post("segments/" + other + "/preview?action=ADD", withGroup)).getInt("count")).isEqualTo(lines / 2);
  }

  @Test
  void segmentToolsDeleteAnUnloggedSegmentAndACanceledLoggedSegmentWhoseEntriesStay() {
    String campaignNo = created(api.post("campaigns", "{\"description\": \"Deleted logs\"}")).getString("no");
    String segmentNo = created(api.post("segments", "{\"description\": \"Logged then deleted\", \"interactionTemplateCode\": \"BUS\","
        + " \"campaignNo\": \"" + campaignNo + "\"}")).getString("no");
    ok(api.post("segments/" + segmentNo + "/add-contacts", "{\"businessRelationCodes\": [\"PRESS\"], \"contactType\": \"PERSON\"}"));
    JsonObject logged = ok(api.post("segments/" + segmentNo + "/log", "{\"createFollowUpSegment\": true}"));
    String loggedNo = logged.getString("no");
    String followUp = logged.getString("followUpSegmentNo");
    String entries = "interaction-log-entries?segmentNo=" + segmentNo;
    long logEntries = ok(api.get(entries)).getJsonNumber("total").longValue();
    assertThat(logEntries).isPositive();

    assertProblem(api.delete("segments/" + segmentNo), 409, "delete logged segment " + loggedNo + " first");
    assertProblem(api.delete("logged-segments/" + loggedNo), 409, "only a canceled logged segment can be deleted");
    assertThat(ok(api.get("logged-segments/" + loggedNo)).getBoolean("canceled")).isFalse();
    ok(api.post("logged-segments/" + loggedNo + "/cancel", ""));
    assertThat(api.delete("logged-segments/" + loggedNo).status()).isEqualTo(204);
    assertProblem(api.get("logged-segments/" + loggedNo), 404, loggedNo);
    assertThat(ok(api.get(entries)).getJsonNumber("total").longValue()).as("the entries stay").isEqualTo(logEntries);
    assertThat(ok(api.get(entries + "&canceled=true")).getJsonNumber("total").longValue()).isEqualTo(logEntries);
    assertThat(ok(api.get("interaction-log-entries?loggedSegmentNo=" + loggedNo)).getJsonNumber("total").longValue())
        .as("without the link").isZero();

    assertThat(api.delete("segments/" + segmentNo).status()).isEqualTo(204);
    assertProblem(api.get("segments/" + segmentNo), 404, segmentNo);
    assertThat(api.delete("segments/" + followUp).status()).isEqualTo(204);
    assertProblem(api.delete("segments/" + followUp), 404, followUp);
    assertThat(ok(api.post("campaigns/" + campaignNo + "/delete-canceled-entries", "")).getInt("deleted")).isEqualTo(1);
    assertThat(ok(api.get(entries)).getJsonNumber("total").longValue()).as("still deleted with their campaign entry").isZero();
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
    assertThat(ok(staff.post("logged-segments/" + loggedNo + "/cancel", "")).getBoolean("canceled")).isTrue();
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
