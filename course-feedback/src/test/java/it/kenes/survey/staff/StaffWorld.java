package it.kenes.survey.staff;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data of a staff page test, made through the admin API: a university with a program of two
 * modules, the employers' starter instrument, a test platform to launch from, and helpers to open
 * pages and post forms as a browser would (session token in the link, CSRF token from the page).
 */
final class StaffWorld implements AutoCloseable {

  static final String EMPLOYERS = "program-satisfaction-employers";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  final AdminApi admin = AdminApi.asAdmin();
  final TestPlatform platform;
  final long universityId;
  final long programId;
  final long instrumentId;

  StaffWorld() {
    Programs.Created created =
        Programs.aProgram()
            .name("Agronomy " + Unique.suffix())
            .withModules("AGR-201", "AGR-202")
            .create(admin);
    programId = created.programId();
    universityId = created.universityId();
    platform = TestPlatform.registerFor(universityId);
    instrumentId = instrument(EMPLOYERS);
  }

  @Override
  public void close() {
    platform.close();
  }

  /**
   * The page reference (what links and forms carry as {@code kt}) of a session of {@code ltiRole}
   * launched from course {@code courseId}, for this test's HTTP client.
   */
  String launch(String ltiRole, String courseId) {
    return Http.pageReference(platform.launchIntoCourse(ltiRole, courseId).sessionToken());
  }

  String admin() {
    return launch(LtiRoles.INSTITUTION_ADMINISTRATOR, "admin-course-" + Unique.suffix());
  }

  /** An instructor of a new course that delivers module AGR-201 of the program. */
  String deliveringInstructor() {
    String token = launch(LtiRoles.INSTRUCTOR, "course-" + Unique.suffix());
    Programs.deliver(admin, Http.contextRef(token), programId, "AGR-201");
    return token;
  }

  /** A survey of the program made through the API, with one open round. */
  long surveyWithOpenRound(String title, String roundLabel) {
    long id = survey(title);
    HttpAnswer round =
        admin.send(
            "POST",
            "/api/surveys/" + id + "/rounds",
            JsonText.of(
                Map.of(
                    "kind",
                    "baseline",
                    "label",
                    roundLabel,
                    "closesAt",
                    Instant.now().plus(30, ChronoUnit.DAYS).toString())));
    assertThat(round.status()).as("%s", round).isEqualTo(201);
    return id;
  }

  long survey(String title) {
    HttpAnswer survey =
        admin.send(
            "POST",
            "/api/surveys",
            JsonText.of(
                Map.of("title", title, "instrumentId", instrumentId, "programId", programId)));
    assertThat(survey.status()).as("%s", survey).isEqualTo(201);
    return survey.json().getJsonNumber("id").longValue();
  }

  JsonObject surveyJson(long id) {
    return admin.send("GET", "/api/surveys/" + id, null).json();
  }

  long firstRoundId(long surveyId) {
    return surveyJson(surveyId)
        .getJsonArray("rounds")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /** GET a page as a browser with the session token in the link. */
  static HttpAnswer page(String path, String kt) {
    String separator = path.contains("?") ? "&" : "?";
    return Http.get(
        path + separator + "kt=" + encode(kt) + "&lang=en",
        "Accept",
        "text/html",
        "Accept-Language",
        "en");
  }

  /** POST a form with the session token and the CSRF token of {@code formPage}. */
  static HttpAnswer post(String path, String kt, HttpAnswer formPage, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("kt", kt);
    all.put("csrf", csrf(formPage));
    all.putAll(fields);
    return postRaw(path, all);
  }

  static HttpAnswer postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return Http.post(
        path,
        "application/x-www-form-urlencoded",
        body,
        "Accept",
        "text/html",
        "Accept-Language",
        "en");
  }

  static String csrf(HttpAnswer page) {
    Matcher matcher = CSRF.matcher(page.body());
    assertThat(matcher.find()).as("a CSRF field in %s", page).isTrue();
    return matcher.group(1);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private long instrument(String code) {
    HttpAnswer installed = admin.send("POST", "/api/admin/instruments/library/" + code, null);
    if (installed.status() == 201) {
      return installed.json().getJsonNumber("id").longValue();
    }
    assertThat(installed.status()).as("%s", installed).isEqualTo(409);
    // installed earlier: find it on whichever page it is (a shared database holds many instruments)
    for (int offset = 0; ; offset += 200) {
      List<JsonObject> page =
          admin
              .send("GET", "/api/admin/instruments?limit=200&offset=" + offset, null)
              .json()
              .getJsonArray("items")
              .stream()
              .map(JsonValue::asJsonObject)
              .toList();
      assertThat(page).as("instrument %s is installed but not listed", code).isNotEmpty();
      for (JsonObject i : page) {
        if (i.getString("code").equals(code)) {
          return i.getJsonNumber("id").longValue();
        }
      }
    }
  }
}
