package crm.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application under test is the real WAR that {@code mvn package} built, plus the test
 * classes (and AssertJ) for tests that run inside the server, which log in as a demo user
 * ({@link TestLogin}). Deploying it boots one Payara
 * Micro, so test classes are few and each covers a whole story.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive application() {
    TestDatabase.reset();
    return ShrinkWrap.create(ZipImporter.class, "crm.war")
        .importFrom(new File("target/crm.war"))
        .as(WebArchive.class)
        .addPackage(Deployments.class.getPackage())
        .addAsLibrary(jarOf(Assertions.class))
        .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "crm-test-login.jar")
            .addAsManifestResource("test-web-fragment.xml", "web-fragment.xml"));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
