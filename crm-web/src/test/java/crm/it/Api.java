package crm.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small JSON client of the application's REST API, as another program would use it. */
final class Api {

  /** An answer: status and JSON body (null when there is none). */
  record Answer(int status, String contentType, JsonStructure body) {
    JsonObject object() {
      return (JsonObject) body;
    }
  }

  /** A file answer: status, content type and the bytes. */
  record Download(int status, String contentType, byte[] body) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  Api(URL deployment) {
    this.base = URI.create(deployment.toString().replaceAll("/?$", "/") + "api/");
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), "en");
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
    try {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET()
          .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), "en");
  }

  private Answer send(HttpRequest.Builder request, String language) {
    try {
      HttpResponse<String> response = http.send(
          request.header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      JsonStructure body = text == null || text.isBlank() || !contentType.contains("json")
          ? null : Json.createReader(new StringReader(text)).read();
      return new Answer(response.statusCode(), contentType, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
