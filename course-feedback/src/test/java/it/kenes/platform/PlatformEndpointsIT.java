package it.kenes.platform;

import static it.kenes.support.ProblemAssertions.assertNoInternals;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's public face outside the launch: health, OpenAPI, the tool configuration an LMS
 * administrator copies, session checks, and error answers that never leak internals.
 */
class PlatformEndpointsIT {

  @Test
  void isReadyWithItsDatabase() {
    HttpAnswer ready = Http.get("/health/ready");

    assertThat(ready.status()).as("%s", ready).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
    assertThat(ready.body()).contains("database", "configuration");
  }

  @Test
  void isLive() {
    HttpAnswer live = Http.get("/health/live");

    assertThat(live.status()).as("%s", live).isEqualTo(200);
    assertThat(live.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void servesTheOpenApiDocumentOfTheApi() {
    HttpAnswer openapi = Http.get("/openapi", "Accept", "application/json");

    assertThat(openapi.status()).as("%s", openapi).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/admin/platforms")
        .contains("/api/me")
        .contains("/lti/login")
        .contains("/lti/launch")
        .contains("/lti/jwks");
  }

  @Test
  void servesTheOpenApiUi() {
    HttpAnswer ui = Http.get("/openapi/ui/", "Accept", "text/html");

    assertThat(ui.status()).as("%s", ui).isEqualTo(200);
    assertThat(ui.mediaType()).isEqualTo("text/html");
  }

  @Test
  void toolConfigurationGivesTheUrlsToPasteIntoAnLms() {
    HttpAnswer config = Http.get("/lti/config", "Accept", "application/json");

    assertThat(config.status()).as("%s", config).isEqualTo(200);
    JsonObject urls = config.json();
    String base = Kenes.baseUrl().toString();
    assertThat(urls.getString("oidcLoginUrl")).isEqualTo(base + "/lti/login");
    assertThat(urls.getString("launchUrl")).isEqualTo(base + "/lti/launch");
    assertThat(urls.getString("redirectUris")).contains(base + "/lti/launch");
    assertThat(urls.getString("targetLinkUri")).startsWith(base + "/");
    assertThat(urls.getString("deepLinkingUrl")).startsWith(base + "/");
    assertThat(urls.getString("jwksUrl")).isEqualTo(base + "/lti/jwks");
    assertThat(urls.getJsonArray("messageTypes").toString())
        .contains("LtiResourceLinkRequest")
        .contains("LtiDeepLinkingRequest");
  }

  @Test
  void toolConfigurationUrlsAnswer() {
    JsonObject urls = Http.get("/lti/config").json();

    assertThat(Http.get(java.net.URI.create(urls.getString("jwksUrl"))).status()).isEqualTo(200);
    assertThat(Http.get(java.net.URI.create(urls.getString("oidcLoginUrl"))).status())
        .isBetween(400, 499);
  }

  @Test
  void refusesMeWithoutASession() {
    assertProblem(Http.me(null), 401, "unauthorized");
  }

  @ParameterizedTest(name = "Authorization: Bearer {0}")
  @ValueSource(strings = {"not-a-session", "dev-admin-token-but-not-a-session", "x"})
  void refusesMeWithAnUnknownSessionToken(String token) {
    assertProblem(Http.me(token), 401, "unauthorized");
  }

  @Test
  void refusesMeWithTheAdminTokenAsSession() {
    assertProblem(Http.me(Kenes.adminToken()), 401, "unauthorized");
  }

  @Test
  void problemInstanceIsTheRequestPath() {
    HttpAnswer answer = Http.me(null);

    assertThat(answer.json().getString("instance")).isEqualTo("/api/me");
  }

  @Test
  void answersUnknownApiPathsWithAProblem() {
    HttpAnswer answer = Http.get("/api/no-such-thing", "Accept", "application/json");

    assertThat(answer.status()).as("%s", answer).isEqualTo(404);
    assertThat(answer.mediaType()).isEqualTo(HttpAnswer.PROBLEM_JSON);
    assertNoInternals(answer);
  }

  @Test
  void answersAWrongMethodWith405AndAProblem() {
    HttpAnswer answer = AdminApi.asAdmin().send("PATCH", "/api/admin/platforms", "{}");

    assertThat(answer.status()).as("%s", answer).isEqualTo(405);
    assertThat(answer.mediaType()).isEqualTo(HttpAnswer.PROBLEM_JSON);
    assertNoInternals(answer);
  }

  @Test
  void answersAWrongContentTypeWith415AndAProblem() {
    HttpAnswer answer =
        Http.post(
            "/api/admin/platforms",
            "text/plain",
            "name=LMS",
            "Accept",
            "application/json",
            "Authorization",
            "Bearer " + Kenes.adminToken());

    assertThat(answer.status()).as("%s", answer).isEqualTo(415);
    assertThat(answer.mediaType()).isEqualTo(HttpAnswer.PROBLEM_JSON);
    assertNoInternals(answer);
  }

  @Test
  void errorPagesForBrowsersCarryAReferenceButNoRoleAndNoInternals() {
    HttpAnswer page =
        Http.get(
            "/lti/login?iss=https%3A%2F%2Fnobody.example.edu&login_hint=x&target_link_uri=x",
            "Accept", "text/html,application/xhtml+xml", "Accept-Language", "ru");

    assertThat(page.status()).as("%s", page).isEqualTo(403);
    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThat(page.body()).contains("lang=\"ru\"");
    assertThat(page.body()).doesNotContain("data-kenes-role");
    assertNoInternals(page);
  }

  @Test
  void errorPagesSpeakTheLanguageTheLinkAsksFor() {
    HttpAnswer page =
        Http.get("/app?kt=ended&lang=kk", "Accept", "text/html", "Accept-Language", "en");

    assertThat(page.status()).as("%s", page).isEqualTo(401);
    assertThat(page.body()).contains("lang=\"kk\"").contains("Жүйеге кірмегенсіз");
    assertNoInternals(page);
  }

  @ParameterizedTest(name = "POST /lti/launch with {0}")
  @ValueSource(
      strings = {
        "",
        "id_token=&state=",
        "id_token=%E0%A4%A&state=%",
        "id_token=a.b.c&state=x",
        "id_token=eyJhbGciOiJSUzI1NiJ9.eyJ9.e30&state=x"
      })
  void launchErrorsNeverShowInternals(String form) {
    HttpAnswer answer =
        Http.post(
            "/lti/launch", "application/x-www-form-urlencoded", form, "Accept", "application/json");

    assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
    assertNoInternals(answer);
  }

  @ParameterizedTest(name = "GET /lti/login?{0}")
  @ValueSource(
      strings = {
        "",
        "iss=%25ZZ",
        "iss=https%3A%2F%2Fnobody.example.edu&login_hint=x&target_link_uri=%00",
        "iss=&login_hint=&target_link_uri="
      })
  void loginErrorsNeverShowInternals(String query) {
    HttpAnswer answer = Http.get("/lti/login?" + query, "Accept", "application/json");

    assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
    assertNoInternals(answer);
  }
}
