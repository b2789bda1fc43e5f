package crm.it;

import crm.it.RestEndpoints.Endpoint;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds one generated request for an operation, sends it as the administrator, and reads the answer. */
final class BadRequests {

  private static final List<String> UNREADABLE = List.of("", "not json", "{", "[]", "null", "\"text\"", "{\"a\":");
  private static final List<String> LIST_PARAMETERS =
      List.of("page", "size", "sort", "contactNo", "description", "status", "from", "to", "campaignNo", "canceled", "name");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");
  private static final String ADMIN = "Basic " + Base64.getEncoder()
      .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

  /** A request sent and its answer. */
  record Exchange(String method, String uri, String body, String language, int status, String contentType,
      String detail, String otherLanguageDetail) {

    boolean refused() {
      return status >= 400;
    }

    List<String> problems(Pattern technical) {
      List<String> problems = new ArrayList<>();
      if (status >= 500) {
        problems.add(this + ": a server error");
      } else if (refused()) {
        if (!contentType.startsWith("application/problem+json") || detail == null || detail.isBlank()) {
          problems.add(this + ": no problem details");
        } else if (technical.matcher(detail).find()) {
          problems.add(this + ": technical detail");
        } else if (detail.equals(otherLanguageDetail)) {
          problems.add(this + ": the same detail in English and French");
        }
      }
      return problems;
    }

    @Override
    public String toString() {
      int shown = status >= 500 ? 5000 : 300;
      String shownBody = body == null ? "" : " " + (body.length() > shown ? body.substring(0, shown) + "…" : body);
      return method + " " + uri + shownBody + " [" + language + "] -> " + status + " " + detail;
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final NastyValues values;
  private final BadInputRecords records;

  BadRequests(URL deployment, NastyValues values, BadInputRecords records) {
    this.base = deployment.toString().replaceAll("/+$", "") + "/api/";
    this.values = values;
    this.records = records;
  }

  Exchange send(Endpoint endpoint) {
    String uri = base + path(endpoint) + query(endpoint);
    String body = endpoint.body() == null ? null : body(endpoint.body());
    String language = values.pick(List.of("en", "fr"));
    String contentType = values.pick(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) == 1 ? "text/plain"
        : endpoint.consumes().contains("*") ? "application/octet-stream" : endpoint.consumes();
    HttpResponse<String> answer = exchange(endpoint, uri, body, language, contentType);
    String detail = detail(answer);
    String other = null;
    if (answer.statusCode() >= 400 && answer.statusCode() < 500 && detail != null) {
      other = detail(exchange(endpoint, uri, body, language.equals("en") ? "fr" : "en", contentType));
    }
    return new Exchange(endpoint.method(), uri, body, language, answer.statusCode(),
        answer.headers().firstValue("Content-Type").orElse(""), detail, other);
  }

  private String path(Endpoint endpoint) {
    Matcher parameter = PATH_PARAMETER.matcher(endpoint.path());
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      String known = records.pathValue(endpoint.path(), parameter.group(1));
      String value = known != null && values.pick(List.of(true, true, true, false)) ? known : values.pathText();
      parameter.appendReplacement(path, Matcher.quoteReplacement(encode(value).replace("+", "%20")));
    }
    parameter.appendTail(path);
    return path.toString();
  }

  private String query(Endpoint endpoint) {
    List<String> names = new ArrayList<>(endpoint.queryParams());
    if (endpoint.method().equals("GET") && values.pick(List.of(true, false))) {
      names.add(values.pick(LIST_PARAMETERS));
    }
    StringBuilder query = new StringBuilder();
    for (String name : names) {
      if (values.pick(List.of(true, true, false))) {
        query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encode(values.urlText()));
      }
    }
    return query.toString();
  }

  private String body(Type type) {
    if (values.pick(List.of(1, 2, 3, 4, 5, 6, 7, 8)) == 1) {
      return values.pick(UNREADABLE);
    }
    JsonValue value = type instanceof Class<?> raw && !raw.isRecord() && raw.getPackageName().startsWith("java")
        ? values.of(type, 0) : values.object(type instanceof Class<?> raw ? raw : Object.class, 0);
    return value.toString();
  }

  /** Sends the request; its repetition in the other language is the same request but for the language. */
  private HttpResponse<String> exchange(Endpoint endpoint, String uri, String body, String language,
      String contentType) {
    HttpRequest.BodyPublisher publisher = body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
        .method(endpoint.method(), publisher)
        .header("Authorization", ADMIN)
        .header("Accept-Language", language)
        .header("Content-Type", contentType)
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(endpoint.method() + " " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String detail(HttpResponse<String> answer) {
    String text = answer.body();
    if (text == null || !answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
      return null;
    }
    try {
      JsonValue json = Json.createReader(new StringReader(text)).readValue();
      return json instanceof JsonObject object && object.containsKey("detail") ? object.getString("detail", null) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
