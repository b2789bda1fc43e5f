package crm.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every label of the pages exists in English and in French (F-72), and no key is written twice. */
class MessagesBundleTest {

  @Test
  void englishAndFrenchHaveTheSameLabels() {
    assertThat(load("messages_fr.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
  }

  private static Properties load(String name) {
    try (var in = MessagesBundleTest.class.getResourceAsStream("/crm/web/" + name)) {
      Properties labels = new Properties() {
        @Override
        public synchronized Object put(Object key, Object value) {
          assertThat(containsKey(key)).as("%s is written twice in %s", key, name).isFalse();
          return super.put(key, value);
        }
      };
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return labels;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
