package crm.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * A small JSON client of the application's REST API, as another program would use it. It logs in
 * with HTTP Basic as the demo administrator, or as another user with {@link #as}.
 */
final class Api {

  /** An answer: status and JSON body (null when there is none). */
  record Answer(int status, String contentType, JsonStructure body) {
    JsonObject object() {
      return (JsonObject) body;
    }

    JsonArray array() {
      return (JsonArray) body;
    }

    /** The body, once the answer's status is the one expected (else the test fails with the body). */
    JsonObject expect(int expected) {
      org.assertj.core.api.Assertions.assertThat(status).as(String.valueOf(body)).isEqualTo(expected);
      return object();
    }

    /** The problem's detail, once the answer is the refusal expected. */
    String refused(int expected) {
      return expect(expected).getString("detail");
    }
  }

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin-demo";

  /** A file answer: status, content type and the bytes. */
  record Download(int status, String contentType, byte[] body) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  /** The Authorization header sent with each request, or null to send none. */
  private final String authorization;
  /** Other headers sent with each request. */
  private final Map<String, String> headers;

  Api(URL deployment) {
    this(URI.create(deployment.toString().replaceAll("/?$", "/") + "api/"), basic(ADMIN, ADMIN_PASSWORD), Map.of());
  }

  private Api(URI base, String authorization, Map<String, String> headers) {
    this.base = base;
    this.authorization = authorization;
    this.headers = headers;
  }

  /** The same API used by another user. */
  Api as(String user, String password) {
    return new Api(base, basic(user, password), Map.of());
  }

  /** The same API used without any credentials. */
  Api anonymous() {
    return new Api(base, null, Map.of());
  }

  /**
   * The same API called as a page of another site makes a logged-in browser call it: with the
   * pages' session cookie, that site's Origin (none when null), and no credentials of its own.
   */
  Api forged(String sessionId, String origin) {
    Map<String, String> forgery = new HashMap<>(Map.of("Cookie", "JSESSIONID=" + sessionId));
    if (origin != null) {
      forgery.put("Origin", origin);
    }
    return new Api(base, null, forgery);
  }

  /** The value of a header of the answer to a GET, or "" when there is none. */
  String header(String path, String name) {
    return exchange(authorized(HttpRequest.newBuilder(base.resolve(path)).GET()).build(),
        HttpResponse.BodyHandlers.discarding()).headers().firstValue(name).orElse("");
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String path) {
    return get(path, "en");
  }

  Answer get(String path, String language) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), language);
  }

  Answer post(String path, String json) {
    return post(path, json, "en");
  }

  Answer post(String path, String json, String language) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), language);
  }

  Answer put(String path, String json) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), "en");
  }

  /** Sends a file as the raw request body, e.g. an attachment upload. */
  Answer upload(String path, String contentType, byte[] content, String language) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(content)), language);
  }

  /** Reads a file, e.g. a PDF. */
  Download download(String path) {
    return download(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** The file a POST of {@code json} answers, e.g. cover sheets. */
  Download downloadPosting(String path, String json) {
    return download(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Download download(HttpRequest.Builder request) {
    HttpResponse<byte[]> response = exchange(authorized(request).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  Answer delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), "en");
  }

  /** The WWW-Authenticate header of the answer to a GET, or "" when there is none. */
  String challenge(String path) {
    return header(path, "WWW-Authenticate");
  }

  private Answer send(HttpRequest.Builder request, String language) {
    HttpResponse<String> response = exchange(
        authorized(request).header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    String text = response.body();
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    JsonStructure body = text == null || text.isBlank() || !contentType.contains("json")
        ? null : Json.createReader(new StringReader(text)).read();
    return new Answer(response.statusCode(), contentType, body);
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    headers.forEach(request::header);
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
