package crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.setup.CodeTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BusinessExceptionTest {

  @ParameterizedTest
  @EnumSource(CodeTable.class)
  void aCodeTableIsNamedInTheUsersLanguageNotByItsApiPath(CodeTable table) {
    var refused = new ConflictException("code.duplicate", new MessageText("codeTable." + table.name()), "WEBIT");

    assertThat(refused.messageIn(Locale.ENGLISH)).doesNotContain(table.path())
        .matches("Code WEBIT already exists in the table \"[A-Z][^\"]+\"\\.");
    assertThat(refused.messageIn(Locale.FRENCH)).doesNotContain(table.path())
        .matches("Le code WEBIT existe déjà dans la table « [A-Z][^»]+ »\\.");
  }

  @Test
  void theMailingGroupsInBothLanguages() {
    var refused = new ConflictException("code.inUse", new MessageText("codeTable.MAILING_GROUP"), "NEWS");

    assertThat(refused.messageIn(Locale.ENGLISH))
        .isEqualTo("Code NEWS of the table \"Mailing groups\" is still in use and cannot be deleted.");
    assertThat(refused.messageIn(Locale.FRENCH))
        .isEqualTo("Le code NEWS de la table « Groupes de publipostage » est encore utilisé et ne peut pas être supprimé.");
  }

  /** Issue 13: dates in a refusal are in the page's format of the user's language, not ISO. */
  @Test
  void datesAreInTheFormatOfTheUsersLanguage() {
    var refused = new InvalidInputException("campaign.endBeforeStart", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
    var past = new InvalidInputException("reminder.past", Instant.parse("2026-12-02T09:05:00Z"));

    assertThat(refused.messageIn(Locale.ENGLISH)).isEqualTo("The ending date 11/30/2026 is before the starting date 12/31/2026.");
    assertThat(refused.messageIn(Locale.FRENCH)).isEqualTo("La date de fin 30/11/2026 est antérieure à la date de début 31/12/2026.");
    assertThat(past.messageIn(Locale.FRENCH)).startsWith("L'heure du rappel 02/12/2026 09:05 UTC n'est pas");
  }
}
