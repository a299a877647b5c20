package it.kenes.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of Kenes's admin API ({@code /api/admin/…}) that sends a fixed {@code Authorization}
 * header: the admin token by default, another value or none at all to test refusals.
 */
public final class AdminApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String authorization;
  private final List<Long> created = new ArrayList<>();

  private AdminApi(String authorization) {
    this.authorization = authorization;
  }

  /** Authenticated with the configured admin token. */
  public static AdminApi asAdmin() {
    return new AdminApi("Bearer " + Kenes.adminToken());
  }

  /** With this {@code Authorization} header value, or none when null. */
  /** The {@code Authorization} header value this client sends, or null. */
  public String authorization() {
    return authorization;
  }

  public static AdminApi withAuthorization(String authorization) {
    return new AdminApi(authorization);
  }

  public HttpAnswer register(RegistrationBuilder registration) {
    return register(registration.toJson());
  }

  public HttpAnswer register(String json) {
    HttpAnswer answer = send("POST", "/api/admin/platforms", json);
    if (answer.status() == 201) {
      created.add(answer.json().getJsonNumber("id").longValue());
    }
    return answer;
  }

  /** Deletes registration {@code id} with the others this client created, after the test. */
  public void track(long id) {
    created.add(id);
  }

  /** Deletes the registrations this client created (ignoring those already gone). */
  public void deleteCreated() {
    created.forEach(this::delete);
    created.clear();
  }

  /** Registers and returns the new id, failing the test unless Kenes answers 201. */
  public long registerOrFail(RegistrationBuilder registration) {
    HttpAnswer answer = register(registration);
    if (answer.status() != 201) {
      throw new AssertionError("registration refused: " + answer);
    }
    return answer.json().getJsonNumber("id").longValue();
  }

  public HttpAnswer list(String query) {
    return send("GET", "/api/admin/platforms" + (query.isEmpty() ? "" : "?" + query), null);
  }

  public HttpAnswer get(long id) {
    return send("GET", "/api/admin/platforms/" + id, null);
  }

  public HttpAnswer replace(long id, RegistrationBuilder registration) {
    return send("PUT", "/api/admin/platforms/" + id, registration.toJson());
  }

  public HttpAnswer delete(long id) {
    return send("DELETE", "/api/admin/platforms/" + id, null);
  }

  public HttpAnswer addDeployment(long id, String deploymentId) {
    return send(
        "POST",
        "/api/admin/platforms/" + id + "/deployments",
        deploymentId == null ? "{}" : JsonText.of(java.util.Map.of("deploymentId", deploymentId)));
  }

  public HttpAnswer rotateToolKey() {
    return send("POST", "/api/admin/keys/rotate", null);
  }

  /** Any request on Kenes; a non-null body is sent as JSON. */
  public HttpAnswer send(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Kenes.url(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return HttpAnswer.of(HTTP.send(request.build(), BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
