package it.kenes.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LTI Dynamic Registration against a fake platform in the test (its OpenID configuration and
 * registration endpoint on a local port): the operator's one-time link, the confirmation page, the
 * registration Kenes posts, and what Kenes stores, or does not store when the platform refuses.
 */
class DynamicRegistrationIT {

  private FakePlatform platform;
  private final AdminApi admin = AdminApi.asAdmin();

  @BeforeEach
  void start() throws IOException {
    platform = new FakePlatform();
  }

  @AfterEach
  void stop() {
    platform.close();
    admin.deleteCreated();
  }

  @Test
  void registersWithThePlatformAndStoresClientIdAndDeployment() {
    String link = createLink();
    String clientId = "dr-" + UUID.randomUUID();
    platform.answer(200, registrationAnswer(clientId, "42"));

    HttpAnswer page = Http.get(registerUrl(link));
    assertThat(page.status()).as(page.abbreviated()).isEqualTo(200);
    assertThat(page.body())
        .contains("kenes-registration-confirm")
        .contains(platform.issuer())
        .contains("pending");
    assertThat(page.header("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'self' ")
        .endsWith(" " + platform.issuer());
    assertThat(platform.registrations).isEmpty();

    HttpAnswer done = confirm(link, "platform-registration-token");

    assertThat(done.status()).as(done.abbreviated()).isEqualTo(200);
    assertThat(done.body())
        .contains("kenes-registration-close")
        .contains("/static/lti-register.js");
    assertThat(platform.authorizations).contains("Bearer platform-registration-token");
    JsonObject sent = read(platform.registrations.get(0));
    assertThat(sent.getString("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
    assertThat(sent.getString("initiate_login_uri")).endsWith("/lti/login");
    JsonObject lti = sent.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration");
    assertThat(lti.getJsonArray("messages").getJsonObject(0).getString("type"))
        .isEqualTo("LtiDeepLinkingRequest");
    assertThat(sent.getString("scope")).contains("lti-ags/scope/score");

    JsonObject stored = findStored(clientId);
    assertThat(stored.getString("issuer")).isEqualTo(platform.issuer());
    assertThat(stored.getString("authLoginUrl")).isEqualTo(platform.issuer() + "/auth");
    assertThat(stored.getJsonArray("deploymentIds").getString(0)).isEqualTo("42");
    admin.track(stored.getJsonNumber("id").longValue());

    HttpAnswer again = confirm(link, "platform-registration-token");
    assertThat(again.status()).isEqualTo(403);
    assertThat(again.body()).contains("already used");
  }

  @Test
  void aPlatformErrorIsShownAndNothingIsStored() {
    String link = createLink();
    platform.answer(
        400, "{\"error\":\"invalid_client_metadata\",\"error_description\":\"No domain given\"}");

    HttpAnswer refused = confirm(link, "token");

    assertThat(refused.status()).isEqualTo(502);
    assertThat(refused.body())
        .contains("kenes-registration-error")
        .contains("invalid_client_metadata: No domain given")
        .contains("Nothing was stored");
    assertThat(storedForIssuer()).isEmpty();

    platform.answer(200, registrationAnswer("dr-" + UUID.randomUUID(), "7"));
    HttpAnswer retried = confirm(link, "token");
    assertThat(retried.status()).as("the link is released after a refusal").isEqualTo(200);
    storedForIssuer().forEach(r -> admin.track(r.getJsonNumber("id").longValue()));
  }

  @Test
  void aConfigurationOnAnotherOriginIsRefused() {
    String link = createLink();
    platform.issuer = "http://platform.example.org";

    HttpAnswer refused = Http.get(registerUrl(link));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("is not on the origin of its OpenID configuration");
  }

  @Test
  void withoutALinkNothingHappens() {
    HttpAnswer refused =
        Http.get(
            "/lti/register?openid_configuration="
                + encode(platform.configurationUrl())
                + "&registration_token=t");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("needs a registration link");
    assertThat(platform.configurationFetches).isZero();
  }

  @Test
  void onlyTheOperatorCreatesLinks() {
    HttpAnswer anonymous =
        AdminApi.withAuthorization(null).send("POST", "/api/admin/registration-links", "{}");
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void theDevelopmentPlatformRegistersKenesDynamically() {
    HttpAnswer started =
        Http.post("/dev/platform/registration", "application/x-www-form-urlencoded", "");
    assertThat(started.status()).isEqualTo(303);
    String location = started.location().orElseThrow().toString();
    assertThat(location).contains("/lti/register?link=").contains("registration_token=");
    String query = location.substring(location.indexOf('?') + 1);

    HttpAnswer page = Http.get("/lti/register?" + query);
    assertThat(page.status()).as(errorOf(page)).isEqualTo(200);
    assertThat(page.body()).contains("/dev/platform");

    HttpAnswer done = Http.post("/lti/register", "application/x-www-form-urlencoded", query);
    assertThat(done.status()).as(done.abbreviated()).isEqualTo(200);
    assertThat(done.body()).contains("kenes-dev-dr-");
    JsonArray items = admin.list("limit=200").json().getJsonArray("items");
    JsonObject stored =
        items.stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("clientId").startsWith("kenes-dev-dr-"))
            .findFirst()
            .orElseThrow();
    assertThat(stored.getString("issuer")).endsWith("/dev/platform");
    admin.track(stored.getJsonNumber("id").longValue());
  }

  /** The reason a registration page gives, for assertion messages. */
  private static String errorOf(HttpAnswer page) {
    int at = page.body().indexOf("kenes-registration-error");
    return at < 0
        ? page.abbreviated()
        : page.body().substring(at, Math.min(page.body().length(), at + 400));
  }

  private String createLink() {
    HttpAnswer created = admin.send("POST", "/api/admin/registration-links", "{}");
    assertThat(created.status()).as(created.abbreviated()).isEqualTo(201);
    String url = created.json().getString("url");
    return url.substring(url.indexOf("link=") + "link=".length());
  }

  private String registerUrl(String link) {
    return "/lti/register?link="
        + link
        + "&openid_configuration="
        + encode(platform.configurationUrl())
        + "&registration_token=platform-registration-token";
  }

  private HttpAnswer confirm(String link, String token) {
    String form =
        "link="
            + link
            + "&openid_configuration="
            + encode(platform.configurationUrl())
            + "&registration_token="
            + encode(token);
    return Http.post("/lti/register", "application/x-www-form-urlencoded", form);
  }

  private JsonObject findStored(String clientId) {
    return storedForIssuer().stream()
        .filter(r -> r.getString("clientId").equals(clientId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no registration stored for " + clientId));
  }

  private List<JsonObject> storedForIssuer() {
    JsonArray items = admin.list("limit=200").json().getJsonArray("items");
    return items.stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("issuer").equals(platform.issuer()))
        .toList();
  }

  private String registrationAnswer(String clientId, String deploymentId) {
    return Json.createObjectBuilder()
        .add("client_id", clientId)
        .add("application_type", "web")
        .add("response_types", Json.createArrayBuilder().add("id_token"))
        .add("grant_types", Json.createArrayBuilder().add("implicit").add("client_credentials"))
        .add("token_endpoint_auth_method", "private_key_jwt")
        .add(
            "https://purl.imsglobal.org/spec/lti-tool-configuration",
            Json.createObjectBuilder().add("deployment_id", deploymentId).add("domain", "kenes"))
        .build()
        .toString();
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A platform with an OpenID configuration and a registration endpoint. */
  static final class FakePlatform implements AutoCloseable {
    private final HttpServer server;
    final List<String> registrations = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile int configurationFetches;
    volatile String issuer;
    private volatile int answerStatus = 500;
    private volatile String answerBody = "{}";

    FakePlatform() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
      server.createContext("/.well-known/openid-configuration", this::configuration);
      server.createContext("/register", this::register);
      server.start();
      issuer = origin();
    }

    String origin() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String issuer() {
      return origin();
    }

    String configurationUrl() {
      return origin() + "/.well-known/openid-configuration";
    }

    void answer(int status, String body) {
      answerStatus = status;
      answerBody = body;
    }

    private void configuration(HttpExchange exchange) throws IOException {
      configurationFetches++;
      String base = origin();
      String json =
          Json.createObjectBuilder()
              .add("issuer", issuer)
              .add("authorization_endpoint", base + "/auth")
              .add("token_endpoint", base + "/token")
              .add("jwks_uri", base + "/jwks")
              .add("registration_endpoint", base + "/register")
              .add(
                  "scopes_supported",
                  Json.createArrayBuilder()
                      .add("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")
                      .add("https://purl.imsglobal.org/spec/lti-ags/scope/score")
                      .add("https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly")
                      .add(
                          "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"))
              .add(
                  "https://purl.imsglobal.org/spec/lti-platform-configuration",
                  Json.createObjectBuilder()
                      .add("product_family_code", "fake")
                      .add("version", "1.0")
                      .add(
                          "messages_supported",
                          Json.createArrayBuilder()
                              .add(Json.createObjectBuilder().add("type", "LtiResourceLinkRequest"))
                              .add(
                                  Json.createObjectBuilder().add("type", "LtiDeepLinkingRequest"))))
              .build()
              .toString();
      respond(exchange, 200, json);
    }

    private void register(HttpExchange exchange) throws IOException {
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      registrations.add(
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      respond(exchange, answerStatus, answerBody);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
