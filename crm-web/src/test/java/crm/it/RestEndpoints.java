package crm.it;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of the REST API, read from the resource classes the WAR holds (under
 * {@code crm/rest}), so that a new resource is covered without being listed anywhere.
 */
final class RestEndpoints {

  /** One operation: its method, path template, path and query parameters, and body type (null: none). */
  record Endpoint(String method, String path, List<String> pathParams, List<String> queryParams,
      Type body, String consumes) {}

  private static final Map<Class<? extends Annotation>, String> METHODS =
      Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE");

  private RestEndpoints() {}

  static List<Endpoint> of(ServletContext context) {
    List<Endpoint> endpoints = new ArrayList<>();
    classes(context, "/WEB-INF/classes/crm/rest/").stream()
        .filter(type -> type.isAnnotationPresent(Path.class))
        .forEach(type -> endpoints.addAll(of(type)));
    endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    return endpoints;
  }

  private static List<Endpoint> of(Class<?> resource) {
    List<Endpoint> endpoints = new ArrayList<>();
    String base = resource.getAnnotation(Path.class).value();
    for (Method method : resource.getMethods()) {
      METHODS.forEach((annotation, verb) -> {
        if (method.isAnnotationPresent(annotation)) {
          endpoints.add(endpoint(verb, join(base, method.getAnnotation(Path.class)), method, resource));
        }
      });
    }
    return endpoints;
  }

  private static Endpoint endpoint(String verb, String path, Method method, Class<?> resource) {
    List<String> pathParams = new ArrayList<>();
    List<String> queryParams = new ArrayList<>();
    Type body = null;
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(PathParam.class)) {
        pathParams.add(parameter.getAnnotation(PathParam.class).value());
      } else if (parameter.isAnnotationPresent(QueryParam.class)) {
        queryParams.add(parameter.getAnnotation(QueryParam.class).value());
      } else if (!parameter.isAnnotationPresent(Context.class) && parameter.getAnnotations().length == 0) {
        body = parameter.getParameterizedType();
      }
    }
    Consumes consumes = method.isAnnotationPresent(Consumes.class)
        ? method.getAnnotation(Consumes.class) : resource.getAnnotation(Consumes.class);
    return new Endpoint(verb, path, pathParams, queryParams, body,
        consumes == null ? "application/json" : consumes.value()[0]);
  }

  private static String join(String base, Path sub) {
    String path = sub == null ? base : base.replaceAll("/$", "") + "/" + sub.value().replaceAll("^/", "");
    return path.replaceAll("^/", "").replaceAll("\\{(\\w+)(:[^}]*)?}", "{$1}");
  }

  private static List<Class<?>> classes(ServletContext context, String folder) {
    List<Class<?>> classes = new ArrayList<>();
    Set<String> entries = context.getResourcePaths(folder);
    for (String entry : entries == null ? Set.<String>of() : entries) {
      if (entry.endsWith("/")) {
        classes.addAll(classes(context, entry));
      } else if (entry.endsWith(".class") && !entry.contains("$")) {
        String name = entry.substring("/WEB-INF/classes/".length(), entry.length() - 6).replace('/', '.');
        try {
          classes.add(Class.forName(name, false, RestEndpoints.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return classes;
  }
}
