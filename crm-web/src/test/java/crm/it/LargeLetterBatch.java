package crm.it;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A logged segment whose letters fill several of the chunks the printing reads (500): persons of
 * their own country code, inserted set-based, then a segment of them built and logged with its
 * letters over REST as the administrator.
 */
final class LargeLetterBatch {

  private LargeLetterBatch() {}

  /** Logs the letters of {@code count} new persons named "Reader No. 1" … "Reader No. n"; answers the logged segment's no. */
  static String log(URL url, int count, String countryCode) throws SQLException {
    try (Connection connection = TestDatabase.schema();
        PreparedStatement insert = connection.prepareStatement("""
            insert into contact (no, type, name, first_name, surname, address, post_code, city, country_code,
              language_code, correspondence_type, created_at, updated_at)
            select ? || lpad(i::text, 5, '0'), 'PERSON', 'Reader No. ' || i, 'Reader', 'No. ' || i, i || ' Print Street',
              '1000', 'Letterville', ?, 'ENU', 'HARD_COPY', now(), now()
            from generate_series(1, ?) i""")) {
      insert.setString(1, countryCode);
      insert.setString(2, countryCode);
      insert.setInt(3, count);
      insert.executeUpdate();
    }
    Api api = new Api(url);
    String segmentNo = api.post("segments", "{\"description\": \"Readers of " + countryCode
        + "\", \"interactionTemplateCode\": \"BUS\", \"subject\": \"News for our readers\"}").expect(201).getString("no");
    api.post("segments/" + segmentNo + "/add-contacts", "{\"countryCodes\": [\"" + countryCode + "\"]}").expect(200);
    return api.post("segments/" + segmentNo + "/log", "{\"sendAttachments\": true}").expect(200).getString("no");
  }
}
