package crm.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crm.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AppUserTest {

  @Test
  void aUserNameIsShortAndPlain() {
    assertThat(new AppUser("j.doe-2_x").getUserName()).isEqualTo("j.doe-2_x");
    for (String bad : new String[] {"", "with space", "a/b", "x".repeat(51), "é"}) {
      assertThatThrownBy(() -> new AppUser(bad)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("1 to 50 letters");
    }
    assertThatThrownBy(() -> new AppUser(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aUserNeedsAFullNameAndARole() {
    AppUser user = new AppUser("jdoe");
    user.setFullName("  ");
    assertThatThrownBy(user::check).hasMessage("Enter the user's full name.");
    user.setFullName(" Jane Doe ");
    assertThat(user.getFullName()).isEqualTo("Jane Doe");
    assertThatThrownBy(user::check).hasMessage("Give the user at least one role.");
    user.setRoles(List.of(Roles.SALESPERSON));
    user.check();
  }

  @Test
  void onlyTheFiveRolesExist() {
    AppUser user = new AppUser("jdoe");
    assertThatThrownBy(() -> user.setRoles(List.of(Roles.SALESPERSON, "root")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.messageIn(Locale.FRENCH)).startsWith("Le rôle root n'existe pas"));
    assertThat(user.getRoles()).isEmpty();
    user.setRoles(Roles.ALL);
    assertThat(user.getRoles()).containsExactlyInAnyOrderElementsOf(Roles.ALL);
  }

  @Test
  void anEnabledAdministratorCounts() {
    AppUser user = new AppUser("boss");
    user.setRoles(List.of(Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER));
    assertThat(user.isEnabledAdministrator()).isTrue();
    user.setEnabled(false);
    assertThat(user.isEnabledAdministrator()).isFalse();
    user.setEnabled(true);
    user.setRoles(List.of(Roles.MARKETING_MANAGER));
    assertThat(user.isEnabledAdministrator()).isFalse();
  }

  @Test
  void aPasswordHasAtLeastTenCharacters() {
    PasswordPolicy.check("0123456789");
    PasswordPolicy.check("ééééééééé😀");
    assertThatThrownBy(() -> PasswordPolicy.check("012345678")).hasMessage("A password has at least 10 characters.");
    assertThatThrownBy(() -> PasswordPolicy.check(null)).isInstanceOf(InvalidInputException.class);
  }
}
