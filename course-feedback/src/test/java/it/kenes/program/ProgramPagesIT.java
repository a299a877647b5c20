package it.kenes.program;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administrator's program and module pages over HTTP against the running server. */
class ProgramPagesIT {

  private static final String PAGES = "/app/admin/programs";

  private final AdminApi api = AdminApi.asAdmin();
  private PageClient admin;
  private String universityCode;
  private long universityId;
  private long programId;

  @BeforeEach
  void signInAndOpenAProgram() {
    admin = PageClient.adminSignedIn(Kenes.adminToken());
    universityCode = "U-" + Unique.suffix();
    Programs.Created created =
        Programs.aProgram()
            .university(universityCode, "Dala <State> University")
            .name("Agronomy " + universityCode)
            .languages("kk", "ru")
            .create(api);
    universityId = created.universityId();
    programId = created.programId();
  }

  @Test
  void theListShowsTheUniversitiesAndProgramsFilteredEscaped() {
    HttpAnswer page = admin.get(PAGES + "?university=" + universityId);

    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThat(page.body())
        .contains("data-kenes-role=\"admin\"")
        .contains("Agronomy " + universityCode)
        .contains("Dala &lt;State&gt; University")
        .doesNotContain("Dala <State>")
        .contains("name=\"csrf\"");
  }

  @Test
  void aFilterWithNoMatchSaysSo() {
    HttpAnswer page =
        admin.get(PAGES + "?field=" + PageClient.encode("No such field " + Unique.suffix()));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("No program matches this filter.");
  }

  @Test
  void addsAUniversityAndAProgramThenRedirectsWithAConfirmation() {
    admin.get(PAGES);
    String code = "V-" + Unique.suffix();

    HttpAnswer added =
        admin.post(PAGES + "/universities", "code", code, "name", "Valley University");

    assertThat(added.status()).as("%s", added).isEqualTo(303);
    assertThat(admin.get(added.location().orElseThrow().toString()).body())
        .contains("The university is added.")
        .contains(code);
    HttpAnswer program =
        admin.post(
            PAGES,
            "universityId",
            String.valueOf(universityId),
            "code",
            "BIO",
            "name",
            "Biology",
            "field",
            "Natural sciences",
            "level",
            "master",
            "languages",
            "en");
    assertThat(program.status()).as("%s", program).isEqualTo(303);
    HttpAnswer shown = admin.get(program.location().orElseThrow().toString());
    assertThat(shown.body())
        .contains("The program is added.")
        .contains("Biology")
        .contains("Master");
  }

  @Test
  void aBadProgramFormComesBackWith400TheInputKeptAndNothingStored() {
    admin.get(PAGES);
    String name = "Typed <name> " + Unique.suffix();

    HttpAnswer refused =
        admin.post(
            PAGES,
            "universityId",
            String.valueOf(universityId),
            "code",
            "has space",
            "name",
            name,
            "field",
            "Natural sciences",
            "level",
            "master",
            "languages",
            "en");

    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body())
        .contains("The program was not saved")
        .contains("id=\"p-code-error\"")
        .contains("value=\"has space\"")
        .contains("Typed &lt;name&gt;");
    String all = api.send("GET", "/api/admin/programs?university=" + universityId, null).body();
    assertThat(all).doesNotContain("has space");
  }

  @Test
  void aTakenCodeIsA409MarkingTheCode() {
    admin.get(PAGES);

    HttpAnswer refused =
        admin.post(
            PAGES,
            "universityId",
            String.valueOf(universityId),
            "code",
            "AGR",
            "name",
            "Again",
            "field",
            "Agriculture",
            "level",
            "bachelor",
            "languages",
            "kk");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("This code is already taken");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedWith403() {
    admin.get(PAGES);

    HttpAnswer refused =
        admin.postRaw(
            PAGES + "/universities",
            "kt",
            admin.token(),
            "code",
            "X-" + Unique.suffix(),
            "name",
            "X");

    assertThat(refused.status()).isEqualTo(403);
    HttpAnswer wrong =
        admin.postRaw(PAGES + "/" + programId + "/delete", "kt", admin.token(), "csrf", "forged");
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(api.send("GET", "/api/admin/programs/" + programId, null).status()).isEqualTo(200);
  }

  @Test
  void aModuleEditIsANewVersionAndTheOldOneStaysReadable() {
    String modules = PAGES + "/" + programId + "/modules";
    admin.get(modules + "/new");
    HttpAnswer added =
        admin.post(
            modules,
            "code",
            "AGR-101",
            "title",
            "Soil Science",
            "credits",
            "5",
            "hours",
            "",
            "competencies",
            "Assesses soil fertility",
            "learningOutcomes",
            "Reads a soil map",
            "lessons",
            "Soil types\n  - Video lecture\n  - Quiz");
    assertThat(added.status()).as("%s", added).isEqualTo(303);
    assertThat(admin.get(PAGES + "/" + programId).body())
        .contains("AGR-101")
        .contains("Soil Science");

    HttpAnswer revised =
        admin.post(
            modules + "/AGR-101",
            "title",
            "Soil Science II",
            "credits",
            "6",
            "hours",
            "180",
            "competencies",
            "Assesses soil fertility",
            "learningOutcomes",
            "Reads a soil map\nSamples soil",
            "lessons",
            "Soil types\n  - Video lecture");
    assertThat(revised.status()).as("%s", revised).isEqualTo(303);

    HttpAnswer edit = admin.get(revised.location().orElseThrow().toString());
    assertThat(edit.body())
        .contains("Your changes are saved")
        .contains("Version history")
        .contains("Version 2")
        .contains("Version 1")
        .contains("Samples soil");
    HttpAnswer first = admin.get(modules + "/AGR-101/versions/1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body())
        .contains("Soil Science")
        .contains("Quiz")
        .doesNotContain("Samples soil");
    assertThat(
            api.send("GET", "/api/admin/programs/" + programId + "/modules/AGR-101", null)
                .json()
                .getInt("version"))
        .isEqualTo(2);
  }

  @Test
  void aBadLessonsTextIsA400MarkingLessonsAndStoresNothing() {
    String modules = PAGES + "/" + programId + "/modules";
    admin.get(modules + "/new");

    HttpAnswer refused =
        admin.post(
            modules,
            "code",
            "AGR-102",
            "title",
            "Seeds",
            "credits",
            "5",
            "lessons",
            "- a step first");

    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"m-lessons-error\"")
        .contains("- a step first</textarea>");
    assertThat(
            api.send("GET", "/api/admin/programs/" + programId + "/modules/AGR-102", null).status())
        .isEqualTo(404);
  }

  @Test
  void deletesAProgramAfterTheConfirmationStep() {
    HttpAnswer confirm = admin.get(PAGES + "/" + programId + "/delete");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.body()).contains("Delete for good");

    HttpAnswer deleted = admin.post(PAGES + "/" + programId + "/delete");

    assertThat(deleted.status()).isEqualTo(303);
    assertThat(admin.get(deleted.location().orElseThrow().toString()).body())
        .contains("The program is deleted.");
    assertThat(api.send("GET", "/api/admin/programs/" + programId, null).status()).isEqualTo(404);
  }

  @Test
  void exportsAndImportsAProgramDocument() {
    HttpAnswer exported = Http2.get(admin.withToken(PAGES + "/" + programId + "/export"));
    assertThat(exported.status()).as("%s", exported).isEqualTo(200);
    assertThat(exported.header("Content-Disposition").orElse("")).contains("attachment");
    String document = exported.body().replace("\"AGR\"", "\"AGR2\"");
    admin.get(PAGES + "/import");

    HttpAnswer imported = admin.post(PAGES + "/import", "document", document);

    assertThat(imported.status()).as("%s", imported).isEqualTo(303);
    assertThat(admin.get(imported.location().orElseThrow().toString()).body())
        .contains("The program is imported.");
    HttpAnswer again = admin.postMultipart(PAGES + "/import", "file", document);
    assertThat(again.status()).as("%s", again).isEqualTo(409);
    HttpAnswer replaced =
        admin.postMultipart(PAGES + "/import", "file", document, "replace", "true");
    assertThat(replaced.status()).as("%s", replaced).isEqualTo(303);
    HttpAnswer bad = admin.post(PAGES + "/import", "document", "{\"program\": ");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("This is not a JSON document");
  }

  @Test
  void learnersAndInstructorsGetA403Page() {
    try (TestPlatform platform = TestPlatform.register()) {
      for (String role : List.of(LtiRoles.LEARNER, LtiRoles.INSTRUCTOR)) {
        Flow flow = platform.completeFlow(token -> token.roles(role));
        HttpAnswer page = PageClient.ofSession(flow.sessionToken()).get(PAGES);
        assertThat(page.status()).as("%s for %s", page, role).isEqualTo(403);
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.body()).doesNotContain(universityCode);
      }
    }
  }

  @Test
  void theAdminLandingPageLinksToThePrograms() {
    assertThat(admin.get("/app").body()).contains("href=\"/app/admin/programs?kt=");
  }

  /** Plain GETs that accept anything (the export answers JSON). */
  private static final class Http2 {
    static HttpAnswer get(String path) {
      return it.kenes.support.Http.get(path, "Accept", "application/json");
    }
  }
}
