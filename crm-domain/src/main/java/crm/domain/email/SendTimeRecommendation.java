package crm.domain.email;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.TimeZone.SystemTimeZoneType;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When an email is best sent: within its recipient's working hours, 08:00 to 17:00 Monday to
 * Friday in the recipient's own time zone. Inside them the answer is "now"; outside them, the start
 * of the next working hour (08:00 the same day before opening time on a weekday, else 08:00 on the
 * next weekday). An email to several recipients, or to one whose zone is unknown, has no
 * recommendation.
 *
 * <p>The recipient's zone is the contact's own time zone (a {@link ZoneId} id), else its country's
 * zone when that country has exactly one. The JDK has no table of countries' zones, so that list
 * comes from ICU's copy of the IANA database (canonical location zones only, so aliases such as
 * "Europe/Belfast" do not make a country look split). The zone rules themselves (offsets, daylight
 * saving) are the JDK's.
 *
 * @param sendAt the recommended moment
 * @param zone the recipient's zone, to show the recipient's local time beside the user's
 */
public record SendTimeRecommendation(Instant sendAt, ZoneId zone) {

  /** Opening time of a working day. */
  public static final LocalTime OPENS = LocalTime.of(8, 0);

  /** Closing time of a working day; 17:00 itself is outside working hours. */
  public static final LocalTime CLOSES = LocalTime.of(17, 0);

  private static final Map<String, Optional<ZoneId>> COUNTRY_ZONES = new ConcurrentHashMap<>();

  public SendTimeRecommendation {
    Objects.requireNonNull(sendAt, "sendAt");
    Objects.requireNonNull(zone, "zone");
  }

  /** Where one recipient is: the contact's own zone id and country code, each possibly empty. */
  public record RecipientPlace(String timeZone, String countryCode) {

    /** A recipient known only by an address: no zone. */
    public static RecipientPlace unknown() {
      return new RecipientPlace(null, null);
    }

    /** The contact's own zone when it is a valid zone id, else its country's single zone. */
    public Optional<ZoneId> zone() {
      return ownZone().or(() -> countryZone(countryCode));
    }

    private Optional<ZoneId> ownZone() {
      if (timeZone == null || timeZone.isBlank()) {
        return Optional.empty();
      }
      try {
        return Optional.of(ZoneId.of(timeZone.strip()));
      } catch (DateTimeException invalid) {
        return Optional.empty();
      }
    }
  }

  /**
   * The recommendation for an email's recipients: present only for exactly one recipient whose
   * zone is known.
   */
  public static Optional<SendTimeRecommendation> forRecipients(
      List<RecipientPlace> recipients, Instant now) {
    if (recipients.size() != 1) {
      return Optional.empty();
    }
    return recipients.get(0).zone().map(zone -> inWorkingHours(zone, now));
  }

  /** Now, when it is working time in the zone; else the start of the next working hour there. */
  public static SendTimeRecommendation inWorkingHours(ZoneId zone, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    LocalDate day = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    if (isWorkingDay(day) && !time.isBefore(OPENS) && time.isBefore(CLOSES)) {
      return new SendTimeRecommendation(now, zone);
    }
    LocalDate opening = isWorkingDay(day) && time.isBefore(OPENS) ? day : nextWorkingDay(day);
    return new SendTimeRecommendation(ZonedDateTime.of(opening, OPENS, zone).toInstant(), zone);
  }

  /** The single zone of a country (ISO 3166 alpha-2 code), empty when it has none or several. */
  public static Optional<ZoneId> countryZone(String countryCode) {
    if (countryCode == null || countryCode.isBlank()) {
      return Optional.empty();
    }
    return COUNTRY_ZONES.computeIfAbsent(
        countryCode.strip().toUpperCase(Locale.ROOT), SendTimeRecommendation::lookUpCountryZone);
  }

  private static Optional<ZoneId> lookUpCountryZone(String country) {
    var ids = TimeZone.getAvailableIDs(SystemTimeZoneType.CANONICAL_LOCATION, country, null);
    if (ids.size() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(TimeZone.getIanaID(ids.iterator().next())));
    } catch (DateTimeException unknownToTheJdk) {
      return Optional.empty();
    }
  }

  private static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** The first Monday-to-Friday day after {@code day}. */
  public static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }
}
