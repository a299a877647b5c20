package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.RegistrationBuilder;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.LaunchTokenBuilder;

/**
 * A survey world of its own for one test: a university, a program with two modules, a course of a
 * freshly registered test platform that delivers them, an instrument (three scale items, one of
 * them reversed, a single choice and an open item), and a survey of the program with it.
 */
final class SurveyFixture implements AutoCloseable {

  final AdminApi admin = AdminApi.asAdmin();
  final TestPlatform platform;
  final long universityId;
  final String courseId = "course-" + Unique.suffix();
  final long programId;
  final long instrumentId;
  final String instrumentCode = "it-" + Unique.suffix();
  long surveyId;

  SurveyFixture() {
    this(UnaryOperator.identity());
  }

  /** A world whose platform registration is further changed by {@code registration}. */
  SurveyFixture(UnaryOperator<RegistrationBuilder> registration) {
    it.kenes.support.Kenes.awaitReady();
    Programs.Created created =
        Programs.aProgram()
            .universityName("Survey University")
            .code("P-" + Unique.suffix())
            .languages("kk", "ru")
            .withModules("M-1", "M-2")
            .create(admin);
    programId = created.programId();
    universityId = created.universityId();
    platform = TestPlatform.register(r -> registration.apply(r.with("universityId", universityId)));
    AdminApi instructor = as(LtiRoles.INSTRUCTOR, courseId);
    long contextRef = contextRef(instructor);
    Programs.deliver(admin, contextRef, programId, "M-1");
    HttpAnswer instrument = admin.send("POST", "/api/admin/instruments", JsonText.of(instrument()));
    assertThat(instrument.status()).as("%s", instrument).isEqualTo(201);
    instrumentId = id(instrument);
  }

  /**
   * A world with its survey whose platform calls Kenes's services as {@code clientId} and hands out
   * service tokens at {@code tokenUrl} (a fake AGS or NRPS platform).
   */
  static SurveyFixture withServices(String clientId, URI tokenUrl) {
    return new SurveyFixture(
            r -> r.with("clientId", clientId).with("accessTokenUrl", tokenUrl.toString()))
        .withSurvey();
  }

  /** Creates the survey of the program. */
  SurveyFixture withSurvey() {
    HttpAnswer survey =
        admin.send(
            "POST",
            "/api/surveys",
            JsonText.of(
                Map.of(
                    "title", "IT survey", "instrumentId", instrumentId, "programId", programId)));
    assertThat(survey.status()).as("%s", survey).isEqualTo(201);
    surveyId = id(survey);
    return this;
  }

  /** Adds an open round and answers its id. */
  long openRound(String kind) {
    HttpAnswer round =
        admin.send(
            "POST",
            "/api/surveys/" + surveyId + "/rounds",
            JsonText.of(
                Map.of(
                    "kind",
                    kind,
                    "label",
                    kind + " round",
                    "closesAt",
                    Instant.now().plus(Duration.ofDays(30)).toString())));
    assertThat(round.status()).as("%s", round).isEqualTo(201);
    List<jakarta.json.JsonValue> rounds = round.json().getJsonArray("rounds");
    return rounds.get(rounds.size() - 1).asJsonObject().getJsonNumber("id").longValue();
  }

  /** Makes an invitation link and answers its token. */
  String invite(long roundId, String group, int maxUses, boolean anonymous) {
    HttpAnswer link =
        admin.send(
            "POST",
            "/api/surveys/" + surveyId + "/rounds/" + roundId + "/invitations",
            JsonText.of(Map.of("group", group, "maxUses", maxUses, "anonymous", anonymous)));
    assertThat(link.status()).as("%s", link).isEqualTo(201);
    return link.json().getString("token");
  }

  /** A caller launched with this role into this course. */
  AdminApi as(String role, String course) {
    Flow flow = platform.launchIntoCourse(role, course);
    return AdminApi.withAuthorization("Bearer " + flow.sessionToken());
  }

  /** A new learner of the course (a new LTI user each time). */
  AdminApi learner() {
    Flow flow =
        platform.launchIntoCourse(
            LtiRoles.LEARNER, courseId, token -> token.subject("learner-" + Unique.suffix()));
    return AdminApi.withAuthorization("Bearer " + flow.sessionToken());
  }

  /** The learner {@code sub} of the course, launched with {@code token}'s further claims. */
  AdminApi learner(String sub, UnaryOperator<LaunchTokenBuilder> token) {
    Flow flow =
        platform.launchIntoCourse(LtiRoles.LEARNER, courseId, t -> token.apply(t.subject(sub)));
    assertThat(flow.succeeded()).as("%s", flow.launch()).isTrue();
    return AdminApi.withAuthorization("Bearer " + flow.sessionToken());
  }

  /** {@code learner} submits a complete response to the open round {@code roundId}. */
  static void submit(AdminApi learner, long roundId) {
    HttpAnswer answer =
        learner.send(
            "POST",
            "/api/rounds/" + roundId + "/response",
            JsonText.of(Map.of("answers", completeAnswers(3, 0, 2))));
    assertThat(answer.status()).as("%s", answer).isIn(200, 201);
  }

  /** The response counts of a round and group: {submitted, drafts}. */
  long[] counts(long roundId, String group) {
    HttpAnswer survey = admin.send("GET", "/api/surveys/" + surveyId, null);
    for (jakarta.json.JsonValue value : survey.json().getJsonArray("rounds")) {
      var round = value.asJsonObject();
      if (round.getJsonNumber("id").longValue() == roundId) {
        var byGroup = round.getJsonObject("responses").getJsonObject(group);
        return byGroup == null
            ? new long[] {0, 0}
            : new long[] {
              byGroup.getJsonNumber("submitted").longValue(),
              byGroup.getJsonNumber("drafts").longValue()
            };
      }
    }
    throw new AssertionError("no round " + roundId + " in " + survey);
  }

  static Map<String, Object> completeAnswers(int q1, int q2, int q3) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("Q1", q1);
    answers.put("Q2", q2);
    answers.put("Q3", q3);
    answers.put("Q4", "b");
    answers.put("Q5", "More field practice");
    return answers;
  }

  static long contextRef(AdminApi session) {
    HttpAnswer me = session.send("GET", "/api/me", null);
    return me.json().getJsonObject("context").getJsonNumber("id").longValue();
  }

  static long id(HttpAnswer answer) {
    return answer.json().getJsonNumber("id").longValue();
  }

  Map<String, Object> instrument() {
    return Map.of(
        "code",
        instrumentCode,
        "title",
        text("Satisfaction"),
        "levels",
        Map.of("highFrom", 2.5, "dissatisfiedBelow", 1.5),
        "items",
        List.of(
            item("Q1", "scale", false),
            item("Q2", "scale", true),
            item("Q3", "scale", false),
            Map.of(
                "code",
                "Q4",
                "kind",
                "single",
                "text",
                text("Years of experience"),
                "options",
                List.of(
                    Map.of("code", "a", "text", text("less than 1")),
                    Map.of("code", "b", "text", text("1 to 5")))),
            item("Q5", "open", false)));
  }

  private static Map<String, Object> item(String code, String kind, boolean reversed) {
    return Map.of("code", code, "kind", kind, "reversed", reversed, "text", text("Item " + code));
  }

  static Map<String, String> text(String en) {
    return Map.of("kk", "kk " + en, "ru", "ru " + en, "en", en);
  }

  /**
   * A launch of {@code role} (a new user) through a link placed in the course for {@code activity}
   * ({@code <type>:<id>}, the link's {@code kenes_activity} custom parameter).
   */
  Flow placedLinkLaunch(String role, String activity) {
    return platform.launchIntoCourse(
        role,
        courseId,
        token ->
            token
                .subject(role + "-" + Unique.suffix())
                .with(
                    LtiClaims.RESOURCE_LINK,
                    Map.of("id", "placed-" + Unique.suffix(), "title", "Placed " + activity))
                .with(LtiClaims.CUSTOM, Map.of("kenes_activity", activity)));
  }

  @Override
  public void close() {
    platform.close();
  }
}
