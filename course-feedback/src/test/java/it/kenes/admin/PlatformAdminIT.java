package it.kenes.admin;

import static it.kenes.support.ProblemAssertions.assertNoInternals;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static it.kenes.support.RegistrationBuilder.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.RegistrationBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API for platform registrations, over HTTP against the running server. */
class PlatformAdminIT {

  private final AdminApi admin = AdminApi.asAdmin();

  @AfterEach
  void deleteRegistrationsOfThisTest() {
    admin.deleteCreated();
  }

  @Test
  void registersPlatformWith201LocationAndStoredRegistration() {
    RegistrationBuilder registration =
        aRegistration().with("deploymentIds", List.of("deployment-1", "deployment-2"));

    HttpAnswer answer = admin.register(registration);

    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    JsonObject body = answer.json();
    long id = body.getJsonNumber("id").longValue();
    assertThat(answer.location())
        .hasValue(Kenes.url("/api/admin/platforms/" + id))
        .as("Location of %s", answer);
    assertThat(body.getString("name")).isEqualTo(registration.field("name"));
    assertThat(body.getString("issuer")).isEqualTo(registration.issuer());
    assertThat(body.getString("clientId")).isEqualTo(registration.clientId());
    assertThat(body.getString("authLoginUrl")).isEqualTo(registration.field("authLoginUrl"));
    assertThat(body.getString("accessTokenUrl")).isEqualTo(registration.field("accessTokenUrl"));
    assertThat(body.getString("jwksUrl")).isEqualTo(registration.field("jwksUrl"));
    assertThat(deploymentIds(body)).containsExactlyInAnyOrder("deployment-1", "deployment-2");
  }

  @Test
  void servesTheStoredRegistrationAtItsLocation() {
    RegistrationBuilder registration = aRegistration();
    HttpAnswer created = admin.register(registration);

    HttpAnswer answer = admin.send("GET", created.location().orElseThrow().getPath(), null);

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.json()).isEqualTo(created.json());
  }

  static Stream<Arguments> badRegistrations() {
    return Stream.of(
        bad("name", "name", null),
        bad("name", "name", "   "),
        bad("issuer", "issuer", null),
        bad("issuer", "issuer", ""),
        bad("issuer", "issuer", "https://lms.example.edu/has space"),
        bad("clientId", "clientId", null),
        bad("clientId", "clientId", " "),
        bad("authLoginUrl", "authLoginUrl", null),
        bad("authLoginUrl", "authLoginUrl", "/oauth2/authorize"),
        bad("authLoginUrl", "authLoginUrl", "lms.example.edu/oauth2/authorize"),
        bad("authLoginUrl", "authLoginUrl", "ftp://lms.example.edu/authorize"),
        bad("authLoginUrl", "authLoginUrl", "javascript:alert(1)"),
        bad("accessTokenUrl", "accessTokenUrl", null),
        bad("accessTokenUrl", "accessTokenUrl", "oauth2/token"),
        bad("accessTokenUrl", "accessTokenUrl", "file:///etc/passwd"),
        bad("jwksUrl", "jwksUrl", null),
        bad("jwksUrl", "jwksUrl", "//lms.example.edu/jwks"),
        bad("jwksUrl", "jwksUrl", "mailto:admin@lms.example.edu"),
        bad("jwksUrl", "jwksUrl", "https://user:secret@lms.example.edu/jwks"),
        bad("deploymentIds", "deploymentIds", null),
        bad("deploymentIds", "deploymentIds", List.of()),
        bad("deploymentIds[0]", "deploymentIds", List.of(" ")),
        bad("deploymentIds[1]", "deploymentIds", List.of("deployment-1", "with space")));
  }

  private static Arguments bad(String expectedField, String field, Object value) {
    return Arguments.of(expectedField, field, value);
  }

  @ParameterizedTest(name = "{1} = {2} -> 400 naming {0}")
  @MethodSource("badRegistrations")
  void refusesRegistrationNamingTheBadField(String expectedField, String field, Object value) {
    HttpAnswer answer = admin.register(aRegistration().with(field, value));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors"))
        .as("errors of %s", answer)
        .containsKey(expectedField);
  }

  @ParameterizedTest(name = "{0} left out -> 400 naming it")
  @ValueSource(
      strings = {
        "name",
        "issuer",
        "clientId",
        "authLoginUrl",
        "accessTokenUrl",
        "jwksUrl",
        "deploymentIds"
      })
  void refusesRegistrationWithAMissingField(String field) {
    HttpAnswer answer = admin.register(aRegistration().without(field));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors")).containsKey(field);
    assertThat(answer.problemDetail()).contains(field);
  }

  @Test
  void acceptsPlainHttpUrlsInDevModeWhereTheTestsRun() {
    HttpAnswer answer =
        admin.register(
            aRegistration()
                .with("authLoginUrl", "http://127.0.0.1:8000/auth")
                .with("accessTokenUrl", "http://127.0.0.1:8000/token")
                .with("jwksUrl", "http://127.0.0.1:8000/jwks"));

    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
  }

  @Test
  void refusesBodyThatIsNotJson() {
    HttpAnswer answer = admin.register("{\"name\": ");

    assertThat(answer.status()).as("%s", answer).isEqualTo(400);
    assertThat(answer.mediaType()).isEqualTo(HttpAnswer.PROBLEM_JSON);
    assertNoInternals(answer);
  }

  @Test
  void refusesSecondRegistrationOfTheSameIssuerAndClientIdWith409() {
    RegistrationBuilder first = aRegistration();
    admin.registerOrFail(first);

    HttpAnswer answer =
        admin.register(
            aRegistration().with("issuer", first.issuer()).with("clientId", first.clientId()));

    assertProblem(answer, 409, "conflict");
    assertThat(answer.problemDetail()).contains(first.issuer()).contains(first.clientId());
  }

  @Test
  void acceptsSecondClientIdForTheSameIssuer() {
    RegistrationBuilder first = aRegistration();
    admin.registerOrFail(first);

    HttpAnswer answer = admin.register(aRegistration().with("issuer", first.issuer()));

    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
  }

  @Test
  void listsRegistrationsAsAPage() {
    admin.registerOrFail(aRegistration());
    admin.registerOrFail(aRegistration());

    HttpAnswer answer = admin.list("offset=0&limit=1");

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    JsonObject page = answer.json();
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
    assertThat(page.getInt("offset")).isZero();
    assertThat(page.getInt("limit")).isEqualTo(1);
  }

  @Test
  void listContainsANewRegistration() {
    long id = admin.registerOrFail(aRegistration());
    long total = admin.list("").json().getJsonNumber("total").longValue();

    boolean found = false;
    for (int offset = 0; offset < total && !found; offset += 200) {
      HttpAnswer page = admin.list("offset=" + offset + "&limit=200");
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      found =
          page.json().getJsonArray("items").stream()
              .map(JsonObject.class::cast)
              .anyMatch(item -> item.getJsonNumber("id").longValue() == id);
    }

    assertThat(found).as("registration %s listed", id).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"limit=0", "limit=201", "offset=-1"})
  void refusesPageOutOfBoundsNamingTheParameter(String query) {
    HttpAnswer answer = admin.list(query);

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors")).containsKey(query.split("=")[0]);
  }

  @Test
  void replacesRegistrationWithPut() {
    long id = admin.registerOrFail(aRegistration());
    RegistrationBuilder changed =
        aRegistration()
            .with("name", "Renamed LMS")
            .with("deploymentIds", List.of("deployment-9", "deployment-10"));

    HttpAnswer answer = admin.replace(id, changed);

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    JsonObject stored = admin.get(id).json();
    assertThat(stored.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(stored.getString("name")).isEqualTo("Renamed LMS");
    assertThat(stored.getString("issuer")).isEqualTo(changed.issuer());
    assertThat(stored.getString("clientId")).isEqualTo(changed.clientId());
    assertThat(deploymentIds(stored)).containsExactlyInAnyOrder("deployment-9", "deployment-10");
  }

  @Test
  void refusesPutWithABadFieldNamingIt() {
    long id = admin.registerOrFail(aRegistration());

    HttpAnswer answer = admin.replace(id, aRegistration().with("jwksUrl", "not a url"));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors")).containsKey("jwksUrl");
  }

  @Test
  void refusesPutOntoAnotherRegistrationsIssuerAndClientIdWith409() {
    RegistrationBuilder other = aRegistration();
    admin.registerOrFail(other);
    long id = admin.registerOrFail(aRegistration());

    HttpAnswer answer =
        admin.replace(
            id, aRegistration().with("issuer", other.issuer()).with("clientId", other.clientId()));

    assertProblem(answer, 409, "conflict");
  }

  @Test
  void deletesRegistration() {
    long id = admin.registerOrFail(aRegistration());

    HttpAnswer answer = admin.delete(id);

    assertThat(answer.status()).as("%s", answer).isEqualTo(204);
    assertProblem(admin.get(id), 404, "not-found");
  }

  @Test
  void addsDeployment() {
    long id = admin.registerOrFail(aRegistration());

    HttpAnswer answer = admin.addDeployment(id, "deployment-2");

    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    assertThat(deploymentIds(answer.json()))
        .containsExactlyInAnyOrder("deployment-1", "deployment-2");
    assertThat(deploymentIds(admin.get(id).json()))
        .containsExactlyInAnyOrder("deployment-1", "deployment-2");
  }

  @Test
  void refusesDeploymentAlreadyRegisteredWith409() {
    long id = admin.registerOrFail(aRegistration());

    assertProblem(admin.addDeployment(id, "deployment-1"), 409, "conflict");
  }

  @ParameterizedTest(name = "deploymentId = \"{0}\"")
  @ValueSource(strings = {"", "  ", "has space"})
  void refusesBlankOrSpacedDeploymentIdNamingTheField(String deploymentId) {
    long id = admin.registerOrFail(aRegistration());

    HttpAnswer answer = admin.addDeployment(id, deploymentId);

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors")).containsKey("deploymentId");
  }

  @Test
  void refusesMissingDeploymentIdNamingTheField() {
    long id = admin.registerOrFail(aRegistration());

    HttpAnswer answer = admin.addDeployment(id, null);

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors")).containsKey("deploymentId");
  }

  @Test
  void answers404ForAnUnknownRegistration() {
    long unknown = Long.MAX_VALUE - 7;

    assertProblem(admin.get(unknown), 404, "not-found");
    assertProblem(admin.replace(unknown, aRegistration()), 404, "not-found");
    assertProblem(admin.delete(unknown), 404, "not-found");
    assertProblem(admin.addDeployment(unknown, "deployment-2"), 404, "not-found");
  }

  static Stream<Arguments> adminCalls() {
    return Stream.of(
        Arguments.of("POST", "/api/admin/platforms", aRegistration().toJson()),
        Arguments.of("GET", "/api/admin/platforms", null),
        Arguments.of("GET", "/api/admin/platforms/1", null),
        Arguments.of("PUT", "/api/admin/platforms/1", aRegistration().toJson()),
        Arguments.of("DELETE", "/api/admin/platforms/1", null),
        Arguments.of("POST", "/api/admin/platforms/1/deployments", "{\"deploymentId\":\"d\"}"),
        Arguments.of("POST", "/api/admin/keys/rotate", null));
  }

  @ParameterizedTest(name = "{0} {1} without a token -> 401")
  @MethodSource("adminCalls")
  void refusesAdminCallWithoutTokenWith401(String method, String path, String json) {
    assertProblem(AdminApi.withAuthorization(null).send(method, path, json), 401, "unauthorized");
  }

  @ParameterizedTest(name = "{0} {1} with a wrong token -> 401")
  @MethodSource("adminCalls")
  void refusesAdminCallWithWrongTokenWith401(String method, String path, String json) {
    HttpAnswer answer =
        AdminApi.withAuthorization("Bearer " + Kenes.adminToken() + "-wrong")
            .send(method, path, json);

    assertProblem(answer, 401, "unauthorized");
  }

  @ParameterizedTest(name = "Authorization: {0}")
  @ValueSource(strings = {"Basic ZGV2LWFkbWluLXRva2Vu", "Bearer", "dev-admin-token", "Bearer  "})
  void refusesMalformedAuthorizationWith401(String authorization) {
    HttpAnswer answer = AdminApi.withAuthorization(authorization).register(aRegistration());

    assertProblem(answer, 401, "unauthorized");
  }

  @Test
  void storesNothingWhenUnauthenticated() {
    RegistrationBuilder registration = aRegistration();
    AdminApi.withAuthorization(null).register(registration);

    HttpAnswer answer = admin.register(registration);

    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
  }

  private static List<String> deploymentIds(JsonObject registration) {
    return registration.getJsonArray("deploymentIds").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
