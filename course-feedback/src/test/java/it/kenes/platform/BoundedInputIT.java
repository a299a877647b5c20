package it.kenes.platform;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reproductions of issue 9 §3 over HTTP: a parameter of any length, a body that is not JSON or
 * holds a number longer than the parser converts, a request larger than Liberty accepts. Each is
 * refused at once with a 400 problem+json that says what was wrong in the request's terms (never a
 * Java class name), and the server answers normally afterwards.
 */
class BoundedInputIT {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";
  private static final String[] ACCEPT_JSON = {"Accept", "application/json"};

  @AfterEach
  void serverStillAnswers() {
    HttpAnswer live = Http.get("/health/live");
    assertThat(live.status()).as("%s", live).isEqualTo(200);
  }

  @Test
  void aLoginPostWithAMegabyteIssuerIsRefusedAtOnceAndNotLogged() throws IOException {
    String issuer = "https://lms.example.edu/" + "i".repeat(1 << 20);
    String form =
        "iss="
            + encode(issuer)
            + "&login_hint=u&target_link_uri="
            + encode(Kenes.url("/").toString());

    for (int i = 0; i < 20; i++) {
      long started = System.nanoTime();
      HttpAnswer answer = Http.post("/lti/login", FORM, form, ACCEPT_JSON);
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertProblem(answer, 400, "lti-parameter-too-long");
      assertThat(answer.problemDetail())
          .isEqualTo("parameter 'iss' is 1048600 characters long; at most 500 are accepted");
      assertThat(answer.body()).hasSizeLessThan(2_000);
      assertThat(took).as("time to refuse").isLessThan(Duration.ofSeconds(2));
    }
    serverLog()
        .ifPresent(
            log ->
                assertThat(read(log))
                    .as("the server log")
                    .doesNotContain("i".repeat(LOGGED_AT_MOST + 1)));
  }

  /** What a log line may keep of one value ({@code LtiProtocolExceptionMapper.LOGGED_MESSAGE}). */
  private static final int LOGGED_AT_MOST = 400;

  @Test
  void aTargetLinkUriOf3000CharactersIsA400NotA500() {
    String target = Kenes.url("/lti/launch").toString() + "?q=" + "t".repeat(3000);

    HttpAnswer answer =
        Http.get(
            "/lti/login?iss=https%3A%2F%2Flms.example.edu&login_hint=u&target_link_uri="
                + encode(target),
            ACCEPT_JSON);

    assertProblem(answer, 400, "lti-parameter-too-long");
    assertThat(answer.problemDetail()).contains("'target_link_uri'", "at most 2000");
  }

  @Test
  void aLaunchWithAnOversizedIdTokenOrStateIsRefusedBeforeAnyLookup() {
    HttpAnswer token =
        Http.post("/lti/launch", FORM, "state=abc&id_token=" + "e".repeat(100_000), ACCEPT_JSON);
    HttpAnswer state =
        Http.post("/lti/launch", FORM, "id_token=x.y.z&state=" + "s".repeat(5_000), ACCEPT_JSON);

    assertProblem(token, 400, "lti-parameter-too-long");
    assertThat(token.problemDetail()).contains("'id_token'", "at most 65536");
    assertProblem(state, 400, "lti-parameter-too-long");
    assertThat(state.problemDetail()).contains("'state'", "at most 64");
  }

  @Test
  void malformedJsonIsExplainedByLineAndColumnWithoutJavaNames() {
    HttpAnswer jsonb =
        AdminApi.asAdmin().send("POST", "/api/admin/programs", "{\n  \"code\": 'P1'\n}");
    HttpAnswer jsonp =
        Http.post("/api/invitations/no-such-link/responses", JSON, "{\"answers\": {,}}");

    for (HttpAnswer answer : new HttpAnswer[] {jsonb, jsonp}) {
      assertProblem(answer, 400, "invalid-json");
      assertThat(answer.problemDetail())
          .startsWith("The body is not valid JSON: ")
          .contains(" at line ")
          .doesNotContain("java", "jakarta", "Exception", "org.", "Parser", "Internal error");
    }
    assertThat(jsonb.problemDetail()).contains("at line 2, column");
  }

  @Test
  void aJsonNumberLongerThanTheParserConvertsIsA400() {
    String body = "{\"answers\": {\"Q1\": 3." + "0".repeat(100_000) + "}}";

    long started = System.nanoTime();
    HttpAnswer answer = Http.post("/api/invitations/no-such-link/responses", JSON, body);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertProblem(answer, 400, "invalid-json");
    assertThat(answer.problemDetail()).contains("number too long");
    assertThat(took).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aRequestLargerThanTheMessageSizeLimitIsRefusedByLibertyBeforeKenesReadsIt() {
    String body = "iss=" + "x".repeat(5 * 1024 * 1024);

    HttpAnswer answer;
    try {
      answer = Http.post("/lti/login", FORM, body, ACCEPT_JSON);
    } catch (AssertionError connectionClosed) {
      return; // Liberty may close the connection instead of answering
    }

    assertThat(answer.status()).as("%s", answer.abbreviated()).isBetween(400, 499);
    assertThat(answer.body())
        .as("Liberty refused it, not Kenes: %s", answer.abbreviated())
        .doesNotContain("urn:kenes:problem");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Optional<Path> serverLog() {
    String configured = System.getProperty("kenes.it.server-log");
    return Optional.ofNullable(configured).map(Path::of).filter(Files::isReadable);
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + log, e);
    }
  }
}
