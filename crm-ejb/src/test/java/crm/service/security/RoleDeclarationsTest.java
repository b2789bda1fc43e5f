package crm.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import crm.domain.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every business method of every service says who may call it (F-70): a service without a
 * declaration would be open to any logged-in user, whatever the role matrix says.
 */
class RoleDeclarationsTest {

  @Test
  void everyServiceMethodDeclaresItsRoles() throws Exception {
    List<Class<?>> services = services();
    assertThat(services).hasSizeGreaterThan(10);
    List<String> undeclared = services.stream()
        .flatMap(service -> Arrays.stream(service.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
            .filter(method -> !declared(service, method))
            .map(method -> service.getSimpleName() + "." + method.getName()))
        .toList();
    assertThat(undeclared).isEmpty();
  }

  @Test
  void onlyTheFiveRolesAreUsedAndTheAdministratorMayAlways() throws Exception {
    for (Class<?> service : services()) {
      Stream.concat(Stream.of(service.getAnnotation(RolesAllowed.class)),
              Arrays.stream(service.getDeclaredMethods()).map(m -> m.getAnnotation(RolesAllowed.class)))
          .filter(java.util.Objects::nonNull)
          .forEach(allowed -> assertThat(allowed.value()).as(service.getSimpleName())
              .contains(Roles.ADMINISTRATOR).isSubsetOf(Roles.ALL));
    }
  }

  private static boolean declared(Class<?> service, Method method) {
    return method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class)
        || service.isAnnotationPresent(RolesAllowed.class) || service.isAnnotationPresent(PermitAll.class);
  }

  /** The @Stateless classes compiled from crm-ejb's sources. */
  private static List<Class<?>> services() throws IOException {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes.resolve("crm/service"))) {
      return files.map(classes::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(RoleDeclarationsTest::load)
          .filter(type -> type.isAnnotationPresent(Stateless.class))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RoleDeclarationsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
