package crm.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Records that the generated requests address, so that they reach the services and not only the
 * "unknown record" answers: a campaign, an open segment with lines and saved criteria, a logged
 * segment with its campaign entry and interaction log entries, the demo data's first contact, a
 * to-do about it, and an activity.
 */
record BadInputRecords(Map<String, String> byResource, List<String> codes) {

  static BadInputRecords create(Api api, DataSource dataSource) {
    String campaignNo = api.post("campaigns", "{\"description\": \"Generated requests\"}").object().getString("no");
    String logged = segment(api, campaignNo);
    api.post("segments/" + logged + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}");
    String loggedNo = api.post("segments/" + logged + "/log",
        "{\"sendAttachments\": false, \"createFollowUpSegment\": false}").object().getString("no");
    String segmentNo = segment(api, campaignNo);
    api.post("segments/" + segmentNo + "/add-contacts", "{\"jobResponsibilityCodes\": [\"PURCHASE\"]}");
    api.post("segments/" + segmentNo + "/save-criteria", "{\"code\": \"GENERATED\", \"description\": \"Generated\"}");
    String campaignEntryNo = first(dataSource, "select min(entry_no) from campaign_entry");
    String logEntryNo = first(dataSource, "select min(entry_no) from interaction_log_entry");
    String contactNo = first(dataSource, "select min(no) from contact");
    String emailId = first(dataSource, "select cast(min(id) as varchar) from email");
    String toDoNo = api.post("to-dos", "{\"description\": \"Generated requests\", \"contactNo\": \"" + contactNo
        + "\", \"dueAt\": \"2030-01-07T09:00:00Z\"}").object().getString("no");
    String activityCode = api.post("activities", "{\"code\": \"GENERATED\", \"description\": \"Generated\","
        + " \"steps\": [{\"type\": \"CALL\", \"description\": \"Call\", \"dateFormula\": \"1W\"}]}")
        .object().getString("code");
    Map<String, String> byResource = Map.ofEntries(
        Map.entry("contacts/no", contactNo), Map.entry("campaigns/no", campaignNo),
        Map.entry("segments/no", segmentNo), Map.entry("logged-segments/no", loggedNo),
        Map.entry("campaign-entries/entryNo", campaignEntryNo), Map.entry("interaction-log-entries/entryNo", logEntryNo),
        Map.entry("segments/lineNo", "10000"), Map.entry("interaction-templates/code", "BUS"),
        Map.entry("saved-criteria/code", "GENERATED"), Map.entry("codes/code", "PURCHASE"),
        Map.entry("codes/table", "job-responsibilities"), Map.entry("interaction-templates/languageCode", "ENU"),
        Map.entry("emails/id", emailId == null ? "1" : emailId), Map.entry("to-dos/no", toDoNo),
        Map.entry("activities/code", activityCode));
    List<String> codes = new ArrayList<>(byResource.values());
    codes.addAll(List.of("PROS", "DK", "ENU", "BUS", "HARD_COPY", "EMAIL", "ADD", "REDUCE"));
    return new BadInputRecords(byResource, codes);
  }

  /** The value of a path parameter of a path: the record of that resource, when there is one. */
  String pathValue(String path, String parameter) {
    String resource = path.substring(0, path.indexOf('/') < 0 ? path.length() : path.indexOf('/'));
    return byResource.get(resource + "/" + parameter);
  }

  private static String segment(Api api, String campaignNo) {
    return api.post("segments", "{\"description\": \"Generated requests\", \"campaignNo\": \"" + campaignNo
        + "\", \"interactionTemplateCode\": \"BUS\", \"subject\": \"Hello\"}").object().getString("no");
  }

  private static String first(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      return row.next() ? row.getString(1) : null;
    } catch (SQLException e) {
      return null;
    }
  }
}
