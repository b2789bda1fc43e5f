package crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.setup.CodeTable;
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
}
