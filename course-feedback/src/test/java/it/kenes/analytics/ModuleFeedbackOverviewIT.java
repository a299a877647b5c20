package it.kenes.analytics;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administrator's program overview of module feedback and the CSV exports over HTTP
 * (docs/module-feedback.md, docs/exports.md): a university of two modules, one rated low by five
 * learners and one rated by two, ranked where to revise first; who may read them.
 */
class ModuleFeedbackOverviewIT {

  private final AdminApi operator = AdminApi.asAdmin();
  private TestPlatform platform;
  private long universityId;
  private String courseId;
  private long lowModule;
  private String instructorToken;
  private String adminToken;

  @BeforeEach
  void aUniversityWithTwoRatedModules() {
    Programs.Created created =
        Programs.aProgram().languages("kk", "ru").withModules("LOW-1", "FEW-1").create(operator);
    universityId = created.universityId();
    platform = TestPlatform.registerFor(universityId);
    courseId = "course-" + Unique.suffix();
    instructorToken = launch(LtiRoles.INSTRUCTOR, courseId, "teacher-" + Unique.suffix());
    HttpAnswer delivered =
        operator.send(
            "PUT",
            "/api/courses/" + Http.contextRef(instructorToken) + "/modules",
            JsonText.of(
                Map.of(
                    "modules",
                    List.of(
                        Map.of("programId", created.programId(), "code", "LOW-1"),
                        Map.of("programId", created.programId(), "code", "FEW-1")))));
    assertThat(delivered.status()).as("%s", delivered).isEqualTo(200);
    adminToken = launch(LtiRoles.INSTITUTION_ADMINISTRATOR, courseId, "admin-" + Unique.suffix());
    JsonArray modules = learner().send("GET", "/api/module-feedback/modules", null).jsonArray();
    long fewModule = 0;
    for (int i = 0; i < modules.size(); i++) {
      JsonObject m = modules.getJsonObject(i);
      if (m.getString("code").equals("LOW-1")) {
        lowModule = m.getJsonNumber("moduleId").longValue();
      } else {
        fewModule = m.getJsonNumber("moduleId").longValue();
      }
    }
    for (int i = 0; i < 5; i++) {
      rate(lowModule, i == 0 ? 0 : 1, i == 0 ? "=HYPERLINK(\"http://x\")" : "Fine, " + i);
    }
    for (int i = 0; i < 2; i++) {
      rate(fewModule, 3, "Great");
    }
  }

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  private String launch(String role, String course, String subject) {
    return platform
        .launchIntoCourse(
            role,
            course,
            t ->
                t.with(LtiClaims.SUB, subject)
                    .with(LtiClaims.RESOURCE_LINK, Map.of("id", "l-" + subject, "title", "W1")))
        .sessionToken();
  }

  private AdminApi learner() {
    return AdminApi.withAuthorization(
        "Bearer " + launch(LtiRoles.LEARNER, courseId, "learner-" + Unique.suffix()));
  }

  private void rate(long module, int score, String text) {
    HttpAnswer rated =
        learner()
            .send(
                "POST",
                "/api/module-feedback/modules/" + module + "/rating",
                JsonText.of(
                    Map.of(
                        "answers",
                        Map.of(
                            "M01", score, "M02", score, "M03", score, "M04", score, "M05", text))));
    assertThat(rated.status()).as("%s", rated).isEqualTo(201);
  }

  /** A CSV file as a browser asks for it; a refusal still comes as problem+json. */
  private static HttpAnswer csv(String token, String path) {
    return Http.get(
        path, "Authorization", "Bearer " + token, "Accept", "text/csv, application/problem+json");
  }

  private static AdminApi as(String token) {
    return AdminApi.withAuthorization("Bearer " + token);
  }

  @Test
  void theAdministratorSeesTheModulesAndFieldsWhereToReviseFirst() {
    HttpAnswer answer = as(adminToken).send("GET", "/api/module-feedback/overview", null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    JsonArray modules = answer.json().getJsonArray("modules");
    assertThat(modules).hasSize(2);
    JsonObject first = modules.getJsonObject(0);
    assertThat(first.getString("moduleCode")).isEqualTo("LOW-1");
    JsonObject low = first.getJsonObject("satisfaction");
    assertThat(low.getInt("n")).isEqualTo(5);
    assertThat(low.getJsonNumber("mean").doubleValue()).isEqualTo(0.8);
    assertThat(low.getJsonNumber("dissatisfied").doubleValue()).isEqualTo(1.0);
    JsonObject few = modules.getJsonObject(1).getJsonObject("satisfaction");
    assertThat(few.getInt("n")).isEqualTo(2);
    assertThat(few.getBoolean("withheld")).isTrue();
    assertThat(few.containsKey("mean") && !few.isNull("mean")).isFalse();
    JsonObject field = answer.json().getJsonArray("fields").getJsonObject(0);
    assertThat(field.getString("field")).isEqualTo("Agriculture and veterinary");
    assertThat(field.getInt("modules")).isEqualTo(2);
    assertThat(field.getJsonObject("satisfaction").getInt("n")).isEqualTo(7);

    String page =
        Http.get(
                "/app/admin/module-feedback?lang=en&kt=" + Http.pageReference(adminToken),
                "Accept",
                "text/html")
            .body();
    assertThat(page)
        .contains("Module feedback across programs", "LOW-1", "0.80", "Fewer than 5 respondents")
        .doesNotContain("learner-");
    assertThat(
            Http.get("/app?lang=en&kt=" + Http.pageReference(adminToken), "Accept", "text/html")
                .body())
        .contains("id=\"kenes-module-overview-link\"");

    HttpAnswer csv = csv(adminToken, "/api/module-feedback/export/overview.csv");
    assertThat(csv.status()).as("%s", csv).isEqualTo(200);
    assertThat(csv.mediaType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFrank,program,program_name,field,module");
    assertThat(csv.body().split("\r\n")[1]).startsWith("1,AGR,Agronomy,");
    HttpAnswer fields = csv(adminToken, "/api/module-feedback/export/overview-fields.csv");
    assertThat(fields.body()).contains("Agriculture and veterinary,1,2,7,no");
  }

  @Test
  void aChangedRatingMovesTheOverviewWhichAgreesWithTheModuleReport() {
    AdminApi changing = learner();
    for (int score : new int[] {0, 3}) {
      HttpAnswer rated =
          changing.send(
              "POST",
              "/api/module-feedback/modules/" + lowModule + "/rating",
              JsonText.of(
                  Map.of("answers", Map.of("M01", score, "M02", score, "M03", score, "M04", 3))));
      assertThat(rated.status()).as("%s", rated).isIn(200, 201);
    }

    JsonObject low = null;
    for (JsonValue m :
        as(adminToken)
            .send("GET", "/api/module-feedback/overview", null)
            .json()
            .getJsonArray("modules")) {
      if (m.asJsonObject().getString("moduleCode").equals("LOW-1")) {
        low = m.asJsonObject().getJsonObject("satisfaction");
      }
    }
    assertThat(low).isNotNull();
    assertThat(low.getInt("n")).isEqualTo(6);
    assertThat(low.getJsonNumber("mean").doubleValue()).isCloseTo(7.0 / 6, within(0.01));
    assertThat(low.getJsonNumber("high").doubleValue()).isCloseTo(1.0 / 6, within(0.001));
    JsonObject version =
        as(instructorToken)
            .send("GET", "/api/module-feedback/report/" + lowModule, null)
            .json()
            .getJsonArray("versions")
            .getJsonObject(0);
    assertThat(version.getInt("n")).isEqualTo(low.getInt("n"));
    assertThat(version.getJsonNumber("mean").doubleValue())
        .isCloseTo(low.getJsonNumber("mean").doubleValue(), within(0.01));
  }

  @Test
  void onlyAdministratorsOfTheUniversityReadTheOverview() {
    String path = "/api/module-feedback/overview";
    assertProblem(learner().send("GET", path, null), 403, "forbidden");
    assertProblem(as(instructorToken).send("GET", path, null), 403, "forbidden");
    assertProblem(
        csv(instructorToken, "/api/module-feedback/export/overview.csv"), 403, "forbidden");
    assertProblem(AdminApi.withAuthorization(null).send("GET", path, null), 401, "unauthorized");
    assertProblem(as(adminToken).send("GET", path + "?university=x", null), 400, "invalid-input");
    Programs.Created other = Programs.aProgram().withModules("OTH-1").create(operator);
    try (TestPlatform otherPlatform = TestPlatform.registerFor(other.universityId())) {
      String otherAdmin =
          otherPlatform
              .launchIntoCourse(
                  LtiRoles.INSTITUTION_ADMINISTRATOR,
                  "c-" + Unique.suffix(),
                  t -> t.with(LtiClaims.SUB, "a-" + Unique.suffix()))
              .sessionToken();
      assertProblem(
          as(otherAdmin).send("GET", path + "?university=" + universityId, null), 403, "forbidden");
      assertThat(as(otherAdmin).send("GET", path, null).json().toString()).doesNotContain("LOW-1");
      assertProblem(
          csv(otherAdmin, "/api/module-feedback/export/modules/" + lowModule + "/report.csv"),
          403,
          "forbidden");
    }
  }

  @Test
  void theModuleReportAndItsOpenAnswersExportAsFormulaSafeCsv() {
    AdminApi instructor = as(instructorToken);
    HttpAnswer report =
        csv(instructorToken, "/api/module-feedback/export/modules/" + lowModule + "/report.csv");
    assertThat(report.status()).as("%s", report).isEqualTo(200);
    assertThat(report.header("Content-Disposition").orElseThrow())
        .contains("module-" + lowModule + "-report.csv");
    assertThat(report.body())
        .startsWith("\uFEFFmodule,version,group,item,n,withheld,mean")
        .contains("\r\nLOW-1,1,*,*,5,no,0.8000,")
        .contains("\r\nLOW-1,1,learner,*,5,no,0.8000,")
        .contains("\r\nLOW-1,1,*,M01,5,no,0.8000,");
    HttpAnswer open =
        csv(
            instructorToken,
            "/api/module-feedback/export/modules/" + lowModule + "/open-answers.csv");
    assertThat(open.body())
        .contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
        .contains("\"Fine, 4\"")
        .doesNotContain("learner-");
    assertThat(
            csv(
                    launch(LtiRoles.LEARNER, courseId, "learner-" + Unique.suffix()),
                    "/api/module-feedback/export/modules/" + lowModule + "/open-answers.csv")
                .status())
        .isEqualTo(403);
    HttpAnswer codebook = csv(instructorToken, "/api/module-feedback/export/codebook.csv?lang=ru");
    assertThat(codebook.body())
        .contains("dissatisfied_share", "item=M01", "item=O01")
        .contains("Модуль формирует компетенции, которые нужны в нашей работе.");
  }
}
