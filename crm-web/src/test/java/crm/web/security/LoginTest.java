package crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LoginTest {

  @Test
  void readsBasicCredentialsInUtf8WithColonsInThePassword() {
    UsernamePasswordCredential credential = BasicCredentials.parse(base64("renée:pa:ss wörd"));
    assertThat(credential.getCaller()).isEqualTo("renée");
    assertThat(credential.getPasswordAsString()).isEqualTo("pa:ss wörd");
  }

  @Test
  void refusesBrokenBasicCredentials() {
    assertThat(BasicCredentials.parse("not base64!")).isNull();
    assertThat(BasicCredentials.parse(base64("no-colon"))).isNull();
    assertThat(BasicCredentials.parse(base64(":password"))).isNull();
  }

  @Test
  void afterLoginOnlyPagesOfThisApplicationAreOpened() {
    assertThat(LoginPage.target("/campaign/card.xhtml?no=CP0001")).isEqualTo("/campaign/card.xhtml?no=CP0001");
    assertThat(LoginPage.target(null)).isEqualTo("/index.xhtml");
    assertThat(LoginPage.target("https://evil.example/")).isEqualTo("/index.xhtml");
    assertThat(LoginPage.target("//evil.example/")).isEqualTo("/index.xhtml");
    assertThat(LoginPage.target("/\\evil.example/")).isEqualTo("/index.xhtml");
    assertThat(LoginPage.target("/login.xhtml")).isEqualTo("/index.xhtml");
    assertThat(LoginPage.target("/index.xhtml\r\nSet-Cookie: x")).isEqualTo("/index.xhtml");
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
