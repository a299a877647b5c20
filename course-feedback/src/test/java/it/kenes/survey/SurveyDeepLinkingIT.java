package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.security.jwt.IdTokenVerifier;
import kz.kenes.lti.security.jwt.PlatformKeySets;
import kz.kenes.lti.testing.LaunchTokenBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deep linking over HTTP (docs/lti-advantage.md, "Deep linking"): a deep linking launch of an
 * instructor lands on the picker of the course's surveys, its form answers the signed response
 * whose claims a platform verifies with Kenes's key set, a link placed so launches exactly its
 * survey for each role, and learners, foreign activities and what the platform does not accept are
 * refused.
 */
class SurveyDeepLinkingIT {

  private static final String RETURN_URL = "https://lms.example.edu/deep-link/return?course=7";

  private final SurveyFixture fixture = new SurveyFixture().withSurvey();

  @AfterEach
  void close() {
    fixture.close();
  }

  /** A deep linking launch into the fixture's course, its settings changed by {@code settings}. */
  private Flow deepLinkingLaunch(String role, Map<String, Object> settings) {
    return fixture.platform.launchIntoCourse(
        role,
        fixture.courseId,
        token -> {
          LaunchTokenBuilder dl = token.deepLinking(RETURN_URL);
          if (settings != null) {
            dl.with(LtiClaims.DEEP_LINKING_SETTINGS, settings);
          }
          return dl;
        });
  }

  private static HttpAnswer page(Flow flow, String path) {
    return Http.get(path, "Accept", "text/html", "Authorization", "Bearer " + flow.sessionToken());
  }

  private static HttpAnswer post(Flow flow, String path, List<String> namesAndValues) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      pairs.add(encode(namesAndValues.get(i)) + "=" + encode(namesAndValues.get(i + 1)));
    }
    return Http.post(
        path,
        "application/x-www-form-urlencoded",
        pairs.stream().collect(Collectors.joining("&")),
        "Accept",
        "text/html");
  }

  /** The picker's tokens followed by the chosen fields. */
  private static List<String> pickerForm(HttpAnswer picker, String... fields) {
    List<String> form = new ArrayList<>();
    form.add("kt");
    form.add(RespondentFixture.hidden(picker.body(), "kt"));
    form.add("csrf");
    form.add(RespondentFixture.hidden(picker.body(), "csrf"));
    form.addAll(List.of(fields));
    return form;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String survey() {
    return "survey:" + fixture.surveyId;
  }

  private static String attribute(String html, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(html);
    assertThat(m.find()).as("%s in %s", pattern, html).isTrue();
    return m.group(1);
  }

  @Test
  void anInstructorsDeepLinkingLaunchLandsOnThePickerOfTheCoursesSurveys() {
    Flow flow = deepLinkingLaunch(LtiRoles.INSTRUCTOR, null);

    assertThat(flow.launch().location().orElseThrow().getPath()).isEqualTo("/app/deep-linking");
    HttpAnswer picker = page(flow, "/app/deep-linking?lang=en");
    assertThat(picker.status()).as("%s", picker).isEqualTo(200);
    assertThat(picker.body())
        .contains("id=\"kenes-deep-link-picker\"")
        .contains("data-kenes-activity=\"" + survey() + "\"")
        .contains("type=\"checkbox\" name=\"activity\"")
        .contains("name=\"grade\" value=\"" + survey() + "\"")
        .contains("/app/surveys?kt=")
        .contains("from=deep-linking");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theResponseIsSignedByKenesAndCarriesTheChosenSurveyWithItsGradeColumn() {
    Flow flow = deepLinkingLaunch(LtiRoles.INSTRUCTOR, null);
    HttpAnswer picker = page(flow, "/app/deep-linking?lang=en");

    HttpAnswer response =
        post(
            flow,
            "/app/deep-linking",
            pickerForm(
                picker,
                "activity",
                survey(),
                "grade",
                survey(),
                "deep_link_return_url",
                "https://attacker.example/steal"));

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .contains("id=\"kenes-deep-link-response\"")
        .containsPattern("src=\"/static/deep-linking\\.js[^\"]*\"")
        .doesNotContain("attacker.example");
    assertThat(
            attribute(
                body, "<form id=\"kenes-deep-link-response\" method=\"post\" action=\"([^\"]+)\""))
        .isEqualTo(RETURN_URL.replace("&", "&amp;"));
    String jwt = RespondentFixture.hidden(body, "JWT");
    Map<String, Object> claims =
        new IdTokenVerifier(new PlatformKeySets())
            .verify(jwt, URI.create(Kenes.url("/lti/jwks").toString()));
    assertThat(claims)
        .containsEntry(LtiClaims.ISS, fixture.platform.clientId())
        .containsEntry(LtiClaims.DEPLOYMENT_ID, fixture.platform.deploymentId())
        .containsEntry(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingResponse")
        .containsEntry(LtiClaims.VERSION, "1.3.0")
        .containsEntry(LtiClaims.DEEP_LINKING_DATA, "opaque-platform-data")
        .containsKeys(LtiClaims.NONCE, LtiClaims.IAT, LtiClaims.EXP);
    assertThat(claims.get(LtiClaims.AUD))
        .isIn(fixture.platform.issuer(), List.of(fixture.platform.issuer()));
    List<Map<String, Object>> items =
        (List<Map<String, Object>>) claims.get(LtiClaims.CONTENT_ITEMS);
    assertThat(items).hasSize(1);
    assertThat(items.get(0))
        .containsEntry("type", "ltiResourceLink")
        .containsEntry("title", "IT survey")
        .containsEntry("url", Kenes.url("/lti/launch").toString())
        .containsEntry(
            "custom", Map.of("kenes_activity", survey(), "kenes_grade", "participation"));
    Map<String, Object> lineItem = (Map<String, Object>) items.get(0).get("lineItem");
    assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).isEqualTo(1.0);
    assertThat(lineItem)
        .containsEntry("resourceId", survey())
        .containsEntry("label", "IT survey")
        .containsEntry("tag", "kenes-participation");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSurveyPlacedWithoutTheGradeBoxHasNoGradeColumn() {
    Flow flow = deepLinkingLaunch(LtiRoles.INSTRUCTOR, null);
    HttpAnswer picker = page(flow, "/app/deep-linking");

    HttpAnswer response = post(flow, "/app/deep-linking", pickerForm(picker, "activity", survey()));

    String jwt = RespondentFixture.hidden(response.body(), "JWT");
    Map<String, Object> claims =
        new IdTokenVerifier(new PlatformKeySets()).verify(jwt, Kenes.url("/lti/jwks"));
    Map<String, Object> item =
        ((List<Map<String, Object>>) claims.get(LtiClaims.CONTENT_ITEMS)).get(0);
    assertThat(item).doesNotContainKey("lineItem");
    assertThat(item).containsEntry("custom", Map.of("kenes_activity", survey()));
  }

  @Test
  void aLearnersDeepLinkingLaunchGetsAClear403Page() {
    Flow flow = deepLinkingLaunch(LtiRoles.LEARNER, null);

    HttpAnswer picker = page(flow, "/app/deep-linking?lang=en");

    assertThat(picker.status()).isEqualTo(403);
    assertThat(picker.body())
        .contains("data-kenes-message=\"deeplinking.refused.learner\"")
        .contains("Only instructors place activities")
        .doesNotContain("kenes-deep-link-picker");
  }

  @Test
  void aSessionOpenedByAnOrdinaryLaunchHasNoPicker() {
    Flow flow = fixture.platform.launchIntoCourse(LtiRoles.INSTRUCTOR, fixture.courseId);

    HttpAnswer picker = page(flow, "/app/deep-linking");

    assertThat(picker.status()).isEqualTo(409);
    assertThat(picker.body()).contains("data-kenes-message=\"deeplinking.refused.noRequest\"");
  }

  @Test
  void aPlatformThatAcceptsNoLtiLinksHereGetsAPageSayingSo() {
    Flow flow =
        deepLinkingLaunch(
            LtiRoles.INSTRUCTOR,
            Map.of("deep_link_return_url", RETURN_URL, "accept_types", List.of("file", "html")));

    HttpAnswer picker = page(flow, "/app/deep-linking?lang=en");

    assertThat(picker.status()).isEqualTo(409);
    assertThat(picker.body())
        .contains("data-kenes-message=\"deeplinking.refused.types\"")
        .contains("file, html");
  }

  @Test
  void aPlatformThatAcceptsOneItemGetsRadioButtonsAndOneItem() {
    String first = survey();
    String second = "survey:" + fixture.withSurvey().surveyId;
    Flow flow =
        deepLinkingLaunch(
            LtiRoles.INSTRUCTOR,
            Map.of(
                "deep_link_return_url",
                RETURN_URL,
                "accept_types",
                List.of("ltiResourceLink"),
                "accept_multiple",
                false));
    HttpAnswer picker = page(flow, "/app/deep-linking");
    assertThat(picker.body()).contains("type=\"radio\" name=\"activity\"");

    HttpAnswer two =
        post(
            flow,
            "/app/deep-linking",
            pickerForm(picker, "activity", survey(), "activity", "survey:999999999"));

    assertThat(two.status()).isEqualTo(400);
  }

  @Test
  void anActivityTheCallerWasNotOfferedIsRefused() {
    Flow flow = deepLinkingLaunch(LtiRoles.INSTRUCTOR, null);
    HttpAnswer picker = page(flow, "/app/deep-linking?lang=en");

    HttpAnswer forged =
        post(flow, "/app/deep-linking", pickerForm(picker, "activity", "survey:999999999"));

    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).doesNotContain("kenes-deep-link-response");
  }

  @Test
  void aSurveyCreatedFromThePickerComesBackToThePicker() {
    Flow flow = deepLinkingLaunch(LtiRoles.INSTRUCTOR, null);
    HttpAnswer create = page(flow, "/app/surveys?from=deep-linking&lang=en");
    assertThat(create.body()).contains("name=\"from\" value=\"deep-linking\"");

    HttpAnswer created =
        post(
            flow,
            "/app/surveys",
            pickerForm(
                create,
                "from",
                "deep-linking",
                "title",
                "Created from the picker",
                "instrumentId",
                Long.toString(fixture.instrumentId),
                "programId",
                Long.toString(fixture.programId)));

    assertThat(created.status()).as("%s", created).isEqualTo(303);
    assertThat(created.location().orElseThrow().getPath()).isEqualTo("/app/deep-linking");
    assertThat(page(flow, "/app/deep-linking").body()).contains("Created from the picker");
  }

  @Test
  void aPlacedLinkOpensItsSurveysOpenRoundForALearner() {
    long roundId = fixture.openRound("baseline");
    Flow flow = fixture.placedLinkLaunch(LtiRoles.LEARNER, survey());

    URI landing = flow.launch().location().orElseThrow();
    assertThat(landing.getPath()).isEqualTo("/app/activities/survey/" + fixture.surveyId);
    HttpAnswer opened = page(flow, landing.getPath());

    assertThat(opened.status()).as("%s", opened).isEqualTo(303);
    assertThat(opened.location().orElseThrow().getPath())
        .isEqualTo("/app/surveys/rounds/" + roundId);
  }

  @Test
  void aPlacedLinkSaysNothingIsOpenWhenTheSurveyHasNoOpenRound() {
    Flow flow = fixture.placedLinkLaunch(LtiRoles.LEARNER, survey());

    HttpAnswer opened = page(flow, flow.launch().location().orElseThrow().getPath() + "?lang=en");

    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body())
        .contains("data-kenes-message=\"activity.nothingOpen\"")
        .contains("Nothing open now");
  }

  @Test
  void aPlacedLinkOpensTheSurveysStaffPageForAnInstructor() {
    Flow flow = fixture.placedLinkLaunch(LtiRoles.INSTRUCTOR, survey());

    HttpAnswer opened = page(flow, flow.launch().location().orElseThrow().getPath());

    assertThat(opened.status()).isEqualTo(303);
    assertThat(opened.location().orElseThrow().getPath())
        .isEqualTo("/app/surveys/" + fixture.surveyId);
  }

  @Test
  void aLaunchWithAMalformedActivityLandsAsUsual() {
    Flow flow = fixture.placedLinkLaunch(LtiRoles.LEARNER, "survey;drop table");

    assertThat(flow.launch().location().orElseThrow().getPath()).isEqualTo("/app");
  }
}
