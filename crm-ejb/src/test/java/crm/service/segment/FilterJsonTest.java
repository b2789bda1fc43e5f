package crm.service.segment;

import static crm.domain.segment.Filters.aFilter;
import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.contact.ContactType;
import crm.domain.segment.SegmentFilter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FilterJsonTest {

  private static final SegmentFilter EVERYTHING =
      aFilter().jobResponsibilities("PURCHASE", "SALES").businessRelations("PROS")
          .industryGroups("IT", "RETAIL").mailingGroups("TRADESHOW").salespeople("JO", "PS")
          .countries("GB", "DK").languages("ENU", "DAN").cities("London", "København")
          .type(ContactType.PERSON).contactNos("CT000010", "CT000190")
          .interaction("BUS", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), false)
          .loggedSegment("LSEG00001").allowExistingContacts().includeCompanyPersons().build();

  @Test
  void aFullFilterSurvivesTheRoundTrip() {
    SegmentFilter read = FilterJson.read(FilterJson.write(EVERYTHING));

    assertThat(read).isEqualTo(EVERYTHING);
    assertThat(read.interaction().from()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(read.interaction().to()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(read.interaction().had()).isFalse();
  }

  @Test
  void theInteractionDatesAreStoredAsIsoDates() {
    assertThat(FilterJson.write(EVERYTHING)).contains("\"2026-03-01\"", "\"2026-03-31\"");
  }

  @Test
  void anEmptyFilterSurvivesTheRoundTrip() {
    SegmentFilter empty = aFilter().build();

    SegmentFilter read = FilterJson.read(FilterJson.write(empty));

    assertThat(read).isEqualTo(empty);
    assertThat(read.jobResponsibilityCodes()).isEmpty();
    assertThat(read.interaction()).isNull();
  }

  @Test
  void anInteractionCriterionWithOpenDatesSurvivesTheRoundTrip() {
    SegmentFilter filter = aFilter().interaction("BUS", null, LocalDate.of(2026, 12, 31), true).build();

    assertThat(FilterJson.read(FilterJson.write(filter))).isEqualTo(filter);
  }

  @Test
  void aLoggedSegmentFilterSurvivesTheRoundTrip() {
    SegmentFilter filter = SegmentFilter.ofLoggedSegment("LSEG00007");

    assertThat(FilterJson.read(FilterJson.write(filter))).isEqualTo(filter);
  }

  @Test
  void missingFieldsReadAsAnyAndFalse() {
    SegmentFilter read = FilterJson.read("{\"jobResponsibilityCodes\":[\"PURCHASE\"]}");

    assertThat(read).isEqualTo(SegmentFilter.ofJobResponsibilities("PURCHASE"));
  }
}
