package crm.domain.email;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.email.SendTimeRecommendation.RecipientPlace;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendTimeRecommendationTest {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

  private static Instant recommended(ZoneId zone, String nowUtc) {
    return SendTimeRecommendation.inWorkingHours(zone, Instant.parse(nowUtc)).sendAt();
  }

  @Test
  void insideWorkingHoursTheAnswerIsNow() {
    // Tuesday 1 December 2026, 10:15 in Copenhagen (UTC+1)
    assertThat(recommended(COPENHAGEN, "2026-12-01T09:15:00Z")).isEqualTo("2026-12-01T09:15:00Z");
  }

  @Test
  void eightOClockSharpIsInsideAndSeventeenOClockSharpIsOutside() {
    // Monday 30 November 2026 in Kolkata (UTC+05:30, no daylight saving)
    assertThat(recommended(KOLKATA, "2026-11-30T02:30:00Z")).isEqualTo("2026-11-30T02:30:00Z");
    assertThat(recommended(KOLKATA, "2026-11-30T11:29:59Z")).isEqualTo("2026-11-30T11:29:59Z");
    assertThat(recommended(KOLKATA, "2026-11-30T11:30:00Z"))
        .as("17:00 is closing time: next morning 08:00")
        .isEqualTo("2026-12-01T02:30:00Z");
  }

  @Test
  void beforeOpeningOnAWeekdayTheAnswerIsEightOClockThatDay() {
    // Tuesday 1 December 2026, 06:59 in New York (UTC-5)
    assertThat(recommended(NEW_YORK, "2026-12-01T11:59:00Z")).isEqualTo("2026-12-01T13:00:00Z");
  }

  @Test
  void afterClosingOnFridayOrAtTheWeekendTheAnswerIsMondayMorning() {
    // Friday 4 December 2026, 17:00 in Auckland (UTC+13 in summer)
    assertThat(recommended(AUCKLAND, "2026-12-04T04:00:00Z")).isEqualTo("2026-12-06T19:00:00Z");
    // Saturday 5 December 2026, noon in Copenhagen
    assertThat(recommended(COPENHAGEN, "2026-12-05T11:00:00Z")).isEqualTo("2026-12-07T07:00:00Z");
    // Sunday 6 December 2026, 07:00 in New York
    assertThat(recommended(NEW_YORK, "2026-12-06T12:00:00Z")).isEqualTo("2026-12-07T13:00:00Z");
  }

  @Test
  void theWeekdayIsTheRecipientsNotUtcs() {
    // Sunday 29 November 2026 20:00 UTC is already Monday 09:00 in Auckland
    assertThat(recommended(AUCKLAND, "2026-11-29T20:00:00Z")).isEqualTo("2026-11-29T20:00:00Z");
    // Monday 30 November 2026 03:00 UTC is still Sunday 22:00 in New York
    assertThat(recommended(NEW_YORK, "2026-11-30T03:00:00Z")).isEqualTo("2026-11-30T13:00:00Z");
  }

  @Test
  void springForwardOverTheWeekendGivesMondayEightOClockSummerTime() {
    // Friday 27 March 2026 18:00 CET; clocks go 02:00 -> 03:00 on Sunday 29 March
    assertThat(recommended(COPENHAGEN, "2026-03-27T17:00:00Z"))
        .as("Monday 30 March 08:00 CEST (UTC+2)")
        .isEqualTo("2026-03-30T06:00:00Z");
    // Sunday 8 March 2026 03:30 EDT, just after New York's 02:00 -> 03:00 jump
    assertThat(recommended(NEW_YORK, "2026-03-08T07:30:00Z"))
        .as("Monday 9 March 08:00 EDT (UTC-4)")
        .isEqualTo("2026-03-09T12:00:00Z");
  }

  @Test
  void fallBackOverTheWeekendGivesMondayEightOClockWinterTime() {
    // Saturday 24 October 2026 in Copenhagen; clocks go 03:00 -> 02:00 on Sunday 25 October
    assertThat(recommended(COPENHAGEN, "2026-10-24T10:00:00Z"))
        .as("Monday 26 October 08:00 CET (UTC+1)")
        .isEqualTo("2026-10-26T07:00:00Z");
    // Sunday 1 November 2026 01:30 in New York, the hour that happens twice
    assertThat(recommended(NEW_YORK, "2026-11-01T05:30:00Z"))
        .as("Monday 2 November 08:00 EST (UTC-5)")
        .isEqualTo("2026-11-02T13:00:00Z");
    // Auckland leaves summer time on Sunday 5 April 2026 (03:00 -> 02:00); Friday evening there
    assertThat(recommended(AUCKLAND, "2026-04-03T05:00:00Z"))
        .as("Monday 6 April 08:00 NZST (UTC+12)")
        .isEqualTo("2026-04-05T20:00:00Z");
  }

  @Test
  void theRecommendationCarriesTheRecipientsZone() {
    var recommendation =
        SendTimeRecommendation.inWorkingHours(KOLKATA, Instant.parse("2026-12-05T10:00:00Z"));
    assertThat(recommendation.zone()).isEqualTo(KOLKATA);
    assertThat(recommendation.sendAt().atZone(KOLKATA).toLocalDateTime())
        .hasToString("2026-12-07T08:00");
  }

  @Test
  void theContactsOwnZoneWinsOverItsCountry() {
    assertThat(new RecipientPlace("America/New_York", "DK").zone()).contains(NEW_YORK);
  }

  @Test
  void withoutAnOwnZoneACountryWithOneZoneGivesThatZone() {
    assertThat(new RecipientPlace(null, "DK").zone()).contains(COPENHAGEN);
    assertThat(new RecipientPlace("", "gb").zone()).contains(ZoneId.of("Europe/London"));
    assertThat(new RecipientPlace(" ", "FR").zone()).contains(ZoneId.of("Europe/Paris"));
    assertThat(new RecipientPlace(null, "IN").zone()).contains(KOLKATA);
  }

  @Test
  void aCountryWithSeveralZonesOrNoneGivesNoZone() {
    assertThat(new RecipientPlace(null, "US").zone()).isEmpty();
    assertThat(new RecipientPlace(null, "AU").zone()).isEmpty();
    assertThat(new RecipientPlace(null, "XX").zone()).isEmpty();
    assertThat(new RecipientPlace(null, null).zone()).isEmpty();
  }

  @Test
  void anInvalidOwnZoneFallsBackToTheCountry() {
    assertThat(new RecipientPlace("Mars/Olympus_Mons", "DK").zone()).contains(COPENHAGEN);
    assertThat(new RecipientPlace("Mars/Olympus_Mons", "US").zone()).isEmpty();
  }

  @Test
  void oneRecipientWithAKnownZoneGetsARecommendation() {
    Instant saturday = Instant.parse("2026-12-05T11:00:00Z");
    assertThat(
            SendTimeRecommendation.forRecipients(List.of(new RecipientPlace(null, "DK")), saturday))
        .contains(new SendTimeRecommendation(Instant.parse("2026-12-07T07:00:00Z"), COPENHAGEN));
  }

  @Test
  void severalRecipientsNoRecipientOrAnUnknownZoneGetNone() {
    Instant now = Instant.parse("2026-12-05T11:00:00Z");
    var dane = new RecipientPlace("Europe/Copenhagen", "DK");
    assertThat(SendTimeRecommendation.forRecipients(List.of(dane, dane), now)).isEmpty();
    assertThat(SendTimeRecommendation.forRecipients(List.of(), now)).isEmpty();
    assertThat(SendTimeRecommendation.forRecipients(List.of(RecipientPlace.unknown()), now))
        .isEqualTo(Optional.empty());
    assertThat(
            SendTimeRecommendation.forRecipients(List.of(new RecipientPlace(null, "US")), now))
        .isEmpty();
  }
}
