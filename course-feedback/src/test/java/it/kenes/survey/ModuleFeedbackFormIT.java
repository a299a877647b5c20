package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
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
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Learners' module feedback forms per program or university (docs/module-feedback.md, "Forms per
 * university or program"): an administrator makes a program's or a university's own copy, edits it
 * as an instrument, and the learners of that program's modules answer it; back to the default
 * again; and only an administrator of that university (or the operator) may see or change it.
 */
class ModuleFeedbackFormIT {

  private final AdminApi operator = AdminApi.asAdmin();
  private TestPlatform platformA;
  private TestPlatform platformB;
  private long universityA;
  private long programA;
  private long moduleId;
  private AdminApi adminA;
  private AdminApi adminB;
  private AdminApi learnerA;
  private AdminApi instructorA;

  @BeforeEach
  void twoUniversitiesAndALearnerOfAModuleOfA() {
    Kenes.awaitReady();
    Programs.Created a =
        Programs.aProgram().universityName("Form A").withModules("F-1").create(operator);
    Programs.Created b =
        Programs.aProgram().universityName("Form B").withModules("G-1").create(operator);
    universityA = a.universityId();
    programA = a.programId();
    platformA = TestPlatform.registerFor(universityA);
    platformB = TestPlatform.registerFor(b.universityId());
    String course = "course-" + Unique.suffix();
    instructorA = as(platformA, LtiRoles.INSTRUCTOR, course);
    Programs.deliver(operator, Http.contextRef(token(instructorA)), programA, "F-1");
    learnerA = as(platformA, LtiRoles.LEARNER, course);
    adminA = as(platformA, LtiRoles.INSTITUTION_ADMINISTRATOR, "admin-" + Unique.suffix());
    adminB = as(platformB, LtiRoles.INSTITUTION_ADMINISTRATOR, "admin-" + Unique.suffix());
    HttpAnswer modules = learnerA.send("GET", "/api/module-feedback/modules", null);
    assertThat(modules.status()).as("%s", modules).isEqualTo(200);
    moduleId = modules.jsonArray().getJsonObject(0).getJsonNumber("moduleId").longValue();
  }

  @AfterEach
  void closePlatforms() {
    platformA.close();
    platformB.close();
  }

  @Test
  void aProgramsOwnFormIsWhatItsLearnersAnswerUntilItGoesBackToTheDefault() {
    String path = "/api/admin/programs/" + programA + "/module-feedback-form";
    JsonObject before = ok(adminA.send("GET", path, null), 200);
    assertThat(before.getBoolean("own")).isFalse();
    assertThat(before.getString("from")).isEqualTo("default");
    assertThat(before.getString("instrumentCode")).isEqualTo("module-feedback");

    JsonObject made = ok(adminA.send("PUT", path, null), 201);
    assertThat(made.getBoolean("own")).isTrue();
    assertThat(made.getString("from")).isEqualTo("program");
    assertThat(made.getString("instrumentCode")).isEqualTo("module-feedback-p" + programA);
    long instrument = made.getJsonNumber("instrumentId").longValue();
    JsonObject again = ok(adminA.send("PUT", path, null), 200);
    assertThat(again.getJsonNumber("instrumentId").longValue()).isEqualTo(instrument);

    editAddingItem(instrument, "module-feedback-p" + programA, "P07");
    assertThat(learnersItems()).contains("M01", "M04", "P07");
    HttpAnswer rated =
        learnerA.send(
            "POST",
            "/api/module-feedback/modules/" + moduleId + "/rating",
            JsonText.of(
                Map.of("answers", Map.of("M01", 3, "M02", 2, "M03", 1, "M04", 3, "P07", 2))));
    assertThat(rated.status()).as("%s", rated).isEqualTo(201);
    JsonObject form =
        learnerA.send("GET", "/api/module-feedback/modules/" + moduleId + "/form", null).json();
    assertThat(form.getJsonObject("answers").getInt("P07")).isEqualTo(2);

    JsonObject back = ok(adminA.send("DELETE", path, null), 200);
    assertThat(back.getBoolean("own")).isFalse();
    assertThat(back.getString("instrumentCode")).isEqualTo("module-feedback");
    assertThat(learnersItems()).contains("M01").doesNotContain("P07");

    JsonObject reused = ok(adminA.send("PUT", path, null), 201);
    assertThat(reused.getJsonNumber("instrumentId").longValue())
        .as("a second copy takes the program's earlier one back, with its edits")
        .isEqualTo(instrument);
    assertThat(learnersItems()).contains("P07");
  }

  @Test
  void aUniversitysFormServesItsProgramsWithoutOneOfTheirOwn() {
    String university = "/api/admin/universities/" + universityA + "/module-feedback-form";
    String program = "/api/admin/programs/" + programA + "/module-feedback-form";
    JsonObject made = ok(adminA.send("PUT", university, null), 201);
    assertThat(made.getString("instrumentCode")).isEqualTo("module-feedback-u" + universityA);
    editAddingItem(
        made.getJsonNumber("instrumentId").longValue(), "module-feedback-u" + universityA, "U07");

    JsonObject programForm = ok(adminA.send("GET", program, null), 200);
    assertThat(programForm.getBoolean("own")).isFalse();
    assertThat(programForm.getString("from")).isEqualTo("university");
    assertThat(learnersItems()).contains("U07");

    JsonObject programCopy = ok(adminA.send("PUT", program, null), 201);
    assertThat(programCopy.getString("instrumentCode")).isEqualTo("module-feedback-p" + programA);
    assertThat(learnersItems()).as("the program copied its university's form").contains("U07");

    ok(adminA.send("DELETE", university, null), 200);
    assertThat(ok(adminA.send("GET", program, null), 200).getString("from")).isEqualTo("program");
  }

  @Test
  void onlyAnAdministratorOfTheUniversityMayReadOrChangeIt() {
    String program = "/api/admin/programs/" + programA + "/module-feedback-form";
    String university = "/api/admin/universities/" + universityA + "/module-feedback-form";
    for (String path : List.of(program, university)) {
      for (String method : List.of("GET", "PUT", "DELETE")) {
        assertProblem(adminB.send(method, path, null), 403, "forbidden");
        assertProblem(instructorA.send(method, path, null), 403, "forbidden");
        assertProblem(learnerA.send(method, path, null), 403, "forbidden");
        assertThat(AdminApi.withAuthorization(null).send(method, path, null).status())
            .isEqualTo(401);
      }
    }
    assertThat(ok(adminA.send("GET", program, null), 200).getBoolean("own")).isFalse();
    assertThat(ok(operator.send("GET", university, null), 200).getBoolean("own")).isFalse();
    assertProblem(
        operator.send("GET", "/api/admin/programs/999999999999/module-feedback-form", null),
        404,
        "not-found");
    assertProblem(
        operator.send("PUT", "/api/admin/universities/999999999999/module-feedback-form", null),
        404,
        "not-found");
  }

  @Test
  void theProgramsPageLeadsToTheFormPageWhereTheAdministratorCopiesAndGoesBack() {
    String kt = Http.pageReference(token(adminA));
    String path = "/app/admin/programs/" + programA + "/module-feedback-form";
    assertThat(html("/app/admin/programs/" + programA + "?kt=" + kt + "&lang=en"))
        .contains("Choose the module feedback form", path);
    String page = html(path + "?kt=" + kt + "&lang=en");
    assertThat(page)
        .contains("the default form", "module-feedback", "Make the program&#39;s own copy")
        .doesNotContain("Edit the program&#39;s form");

    HttpAnswer copied =
        postForm(path, "kt", kt, "csrf", RespondentFixture.hidden(page, "csrf"), "action", "copy");
    assertThat(copied.status()).as("%s", copied).isEqualTo(303);
    String after = Http.get(copied.location().orElseThrow(), "Accept", "text/html").body();
    assertThat(after)
        .contains("The program now has its own form.", "the program&#39;s own form")
        .contains("module-feedback-p" + programA, "Edit the program&#39;s form");

    String confirm = html(path + "?kt=" + kt + "&lang=en&step=back");
    assertThat(confirm).contains("Go back to the form above?", "name=\"action\" value=\"back\"");
    HttpAnswer back =
        postForm(
            path, "kt", kt, "csrf", RespondentFixture.hidden(confirm, "csrf"), "action", "back");
    assertThat(back.status()).as("%s", back).isEqualTo(303);
    assertThat(
            ok(
                    adminA.send(
                        "GET", "/api/admin/programs/" + programA + "/module-feedback-form", null),
                    200)
                .getBoolean("own"))
        .isFalse();

    HttpAnswer forged = postForm(path, "kt", kt, "csrf", "forged", "action", "copy");
    assertThat(forged.status()).isEqualTo(403);
    String learnerKt = Http.pageReference(token(learnerA));
    assertThat(Http.get(path + "?kt=" + learnerKt, "Accept", "text/html").status()).isEqualTo(403);
  }

  @Test
  void theProgramsPageLeadsToTheUniversitysFormPageWhoseCopyItsProgramsAnswer() {
    String kt = Http.pageReference(token(adminA));
    String path = "/app/admin/universities/" + universityA + "/module-feedback-form";
    assertThat(html("/app/admin/programs?kt=" + kt + "&lang=en"))
        .contains(path, "Module feedback form of Form A");
    String page = html(path + "?kt=" + kt + "&lang=en");
    assertThat(page)
        .contains("Form A", "the default form", "Make the university&#39;s own copy")
        .contains("&amp;university=" + universityA + "\">Back to the university&#39;s programs")
        .doesNotContain("Edit the university&#39;s form", "Make the program&#39;s own copy");

    HttpAnswer copied =
        postForm(path, "kt", kt, "csrf", RespondentFixture.hidden(page, "csrf"), "action", "copy");
    assertThat(copied.status()).as("%s", copied).isEqualTo(303);
    String after = Http.get(copied.location().orElseThrow(), "Accept", "text/html").body();
    assertThat(after)
        .contains("The university now has its own form.", "the university&#39;s form")
        .contains("module-feedback-u" + universityA, "Edit the university&#39;s form");
    JsonObject program =
        ok(
            adminA.send("GET", "/api/admin/programs/" + programA + "/module-feedback-form", null),
            200);
    assertThat(program.getString("from")).isEqualTo("university");
    assertThat(program.getString("instrumentCode")).isEqualTo("module-feedback-u" + universityA);

    String confirm = html(path + "?kt=" + kt + "&lang=en&step=back");
    assertThat(confirm).contains("Go back to the default form?", "name=\"action\" value=\"back\"");
    HttpAnswer back =
        postForm(
            path, "kt", kt, "csrf", RespondentFixture.hidden(confirm, "csrf"), "action", "back");
    assertThat(back.status()).as("%s", back).isEqualTo(303);
    assertThat(Http.get(back.location().orElseThrow(), "Accept", "text/html").body())
        .contains("The university is back to the default form.", "the default form");

    assertThat(postForm(path, "kt", kt, "csrf", "forged", "action", "copy").status())
        .isEqualTo(403);
    // last: the language chosen here stays with the session
    assertThat(html(path + "?kt=" + kt + "&lang=kk"))
        .contains("Университеттің өз көшірмесін жасау");
    String otherAdmin = Http.pageReference(token(adminB));
    assertThat(Http.get(path + "?kt=" + otherAdmin, "Accept", "text/html").status()).isEqualTo(403);
    String learnerKt = Http.pageReference(token(learnerA));
    assertThat(Http.get(path + "?kt=" + learnerKt, "Accept", "text/html").status()).isEqualTo(403);
  }

  private static String html(String pathAndQuery) {
    HttpAnswer answer = Http.get(pathAndQuery, "Accept", "text/html");
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.body();
  }

  private static HttpAnswer postForm(String path, String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return Http.post(
        path, "application/x-www-form-urlencoded", body.toString(), "Accept", "text/html");
  }

  private List<String> learnersItems() {
    HttpAnswer form =
        learnerA.send("GET", "/api/module-feedback/modules/" + moduleId + "/form?lang=en", null);
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    return form.json().getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("code"))
        .toList();
  }

  /** Edits the instrument: the default's items and one more scale item. */
  private void editAddingItem(long instrument, String code, String itemCode) {
    JsonObject library = defaultForm();
    JsonArrayBuilder items = Json.createArrayBuilder(library.getJsonArray("items"));
    items.add(
        Json.createObjectBuilder()
            .add("code", itemCode)
            .add("kind", "scale")
            .add("reversed", false)
            .add(
                "text",
                Json.createObjectBuilder()
                    .add("kk", "Модуль бағдарламаға сай.")
                    .add("ru", "Модуль соответствует программе.")
                    .add("en", "The module fits the program.")));
    JsonObject definition =
        Json.createObjectBuilder(library).add("code", code).add("items", items).build();
    HttpAnswer edited =
        adminA.send("PUT", "/api/admin/instruments/" + instrument, definition.toString());
    assertThat(edited.status()).as("%s", edited).isEqualTo(200);
  }

  private static JsonObject defaultForm() {
    try (InputStream in =
        ModuleFeedbackFormIT.class
            .getClassLoader()
            .getResourceAsStream("survey/library/module-feedback.json")) {
      return Json.createReader(in).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject ok(HttpAnswer answer, int status) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    return answer.json();
  }

  private static AdminApi as(TestPlatform platform, String role, String course) {
    return AdminApi.withAuthorization(
        "Bearer " + platform.launchIntoCourse(role, course).sessionToken());
  }

  private static String token(AdminApi session) {
    return session.authorization().substring("Bearer ".length());
  }
}
