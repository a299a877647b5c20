package it.kenes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The learner's landing page keeps a course's quizzes, certificate rules, delivered programs and
 * the link's module for a few seconds (platform.persistence.ReadMostly, docs/adr/0037), yet every
 * change staff make on this node shows on the learner's very next landing: adding a quiz, renaming
 * it, setting rules, delivering a module, pointing the link at it and back.
 */
class LandingFreshnessIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;

  @AfterEach
  void closePlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void whatStaffChangeShowsOnTheLearnersNextLandingAtOnce() {
    Kenes.awaitReady();
    String code = "FR" + Unique.suffix().replaceAll("[^A-Za-z0-9]", "").toUpperCase();
    Programs.Created program = Programs.aProgram().withModules(code).create(admin);
    platform = TestPlatform.registerFor(program.universityId());
    String course = "fresh-" + Unique.suffix();
    String learner =
        platform
            .launchIntoCourse(
                LtiRoles.LEARNER,
                course,
                t ->
                    t.subject("learner-" + Unique.suffix())
                        .with(LtiClaims.RESOURCE_LINK, Map.of("id", "l-" + Unique.suffix())))
            .sessionToken();
    AdminApi instructor =
        AdminApi.withAuthorization(
            "Bearer "
                + platform
                    .launchIntoCourse(
                        LtiRoles.INSTRUCTOR, course, t -> t.subject("t-" + Unique.suffix()))
                    .sessionToken());
    JsonObject me = Http.me(learner).json();
    long contextRef = me.getJsonObject("context").getJsonNumber("id").longValue();
    long linkRef = me.getJsonObject("resourceLink").getJsonNumber("id").longValue();
    String title = "Freshness check " + Unique.suffix();
    assertThat(landing(learner)).doesNotContain("Module " + code, title, "Pass the quiz");

    Programs.deliver(admin, contextRef, program.programId(), code);
    assertThat(landing(learner)).as("a delivered module").contains("Module " + code);

    Map<String, Object> quiz = QuizCourse.fiveQuestions(QuizCourse.settings(3, 0, "AFTER_SUBMIT"));
    quiz.put("title", title);
    HttpAnswer created = instructor.send("POST", "/api/quizzes", JsonText.of(quiz));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    long quizId = created.json().getJsonNumber("id").longValue();
    assertThat(landing(learner)).as("a new quiz").contains(title);

    quiz.put("title", title + " (revised)");
    HttpAnswer revised = instructor.send("PUT", "/api/quizzes/" + quizId, JsonText.of(quiz));
    assertThat(revised.status()).as("%s", revised).isEqualTo(200);
    assertThat(landing(learner)).as("a renamed quiz").contains(title + " (revised)");

    HttpAnswer rules =
        instructor.send(
            "PUT",
            "/api/certificates/rules",
            JsonText.of(Map.of("requiredQuizzes", List.of("quiz:" + quizId), "autoIssue", false)));
    assertThat(rules.status()).as("%s", rules).isEqualTo(200);
    assertThat(landing(learner)).as("new rules").contains("Pass the quiz " + title + " (revised)");

    long moduleId =
        AdminApi.withAuthorization("Bearer " + learner)
            .send("GET", "/api/module-feedback/modules", null)
            .jsonArray()
            .getJsonObject(0)
            .getJsonNumber("moduleId")
            .longValue();
    String link = "/api/courses/" + contextRef + "/links/" + linkRef + "/module";
    HttpAnswer pointed = admin.send("PUT", link, JsonText.of(Map.of("moduleId", moduleId)));
    assertThat(pointed.status()).as("%s", pointed).isEqualTo(200);
    assertThat(landing(learner)).as("the link shows the module").contains("rate-module-heading");
    HttpAnswer unpointed = admin.send("DELETE", link, null);
    assertThat(unpointed.status()).as("%s", unpointed).isBetween(200, 204);
    assertThat(landing(learner))
        .as("the link shows no module")
        .doesNotContain("rate-module-heading");
  }

  private static String landing(String session) {
    HttpAnswer page =
        Http.get("/app?lang=en&kt=" + Http.pageReference(session), "Accept", "text/html");
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page.body();
  }
}
