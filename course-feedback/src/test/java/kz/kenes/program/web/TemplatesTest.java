package kz.kenes.program.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import kz.kenes.program.api.DeliveredModuleView;
import kz.kenes.program.api.ModuleView;
import kz.kenes.program.api.ProgramView;
import kz.kenes.program.api.UniversityView;
import kz.kenes.program.domain.Lesson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The program and course templates rendered with hand-made models: every text translated, user data
 * escaped, refused fields marked.
 */
class TemplatesTest {

  private static final Views VIEWS = TestViews.create();
  private static final String EVIL = "<script>alert(1)</script>";
  private static final ProgramView PROGRAM =
      new ProgramView(
          5,
          2,
          "DSU",
          "AGR",
          EVIL,
          "Agriculture",
          "master",
          List.of("kk", "en"),
          10,
          Instant.EPOCH);
  private static final ModuleView MODULE =
      new ModuleView(
          "AGR-101",
          1,
          1,
          2,
          EVIL,
          5,
          150,
          List.of("C1"),
          List.of("Reads a soil map"),
          List.of(new Lesson("Soil types", List.of("Video"))),
          Instant.EPOCH);

  private static PageModel page(String language, String title) {
    KenesSession session =
        new KenesSession(
            7L,
            KenesSession.Kind.LTI,
            1L,
            "d-1",
            2L,
            3L,
            4L,
            List.of(),
            KenesRole.ADMIN,
            null,
            true,
            null,
            "csrf-1",
            Instant.EPOCH,
            null);
    return new PageRequest(session, "kt-1", Locale.forLanguageTag(language))
        .page(title, "/app/admin/programs", Map.of())
        .with("levels", ProgramPages.LEVELS)
        .with("languages", ProgramPages.LANGUAGES);
  }

  private static String render(String template, PageModel page) {
    String html = VIEWS.render(template, page.locale(), page.asMap());
    assertThat(html).doesNotContain("??").doesNotContain(EVIL);
    return html;
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void programListWithRefusedForms(String language) {
    PageModel page =
        page(language, "programs.title")
            .with(
                "programs",
                List.of(
                    new ProgramPages.Row(
                        "AGR", EVIL, "DSU", "Agri", "bachelor", List.of("kk", "ru"), 5, "/p/5")))
            .with("universities", List.of(new UniversityView(2, "DSU", "Dala", Instant.EPOCH)))
            .with("universityForms", Map.of(2L, "/app/admin/universities/2/module-feedback-form"))
            .with("filterUniversity", "2")
            .with("filterField", "")
            .with("filtered", true)
            .with("total", 1L)
            .with("from", 1)
            .with("to", 1)
            .with("importUrl", "/i")
            .with("universityAction", "/u")
            .with("universityForm", new UniversityForm(EVIL, "").values())
            .with("universityErrors", Map.of("code", "form.error.code"))
            .with("programAction", "/app/admin/programs")
            .with("programForm", ProgramForm.empty().values())
            .with("programLanguages", List.of("ru"))
            .with("programErrors", Map.of("languages", "form.error.languages"));

    String html = render("admin/programs", page);

    assertThat(html)
        .contains("href=\"/app/admin/universities/2/module-feedback-form\"")
        .contains("&lt;script&gt;")
        .contains("<input type=\"hidden\" name=\"csrf\" value=\"csrf-1\">")
        .contains("id=\"u-code\"")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"ru\" checked=\"checked\"")
        .containsPattern("<option value=\"2\"\\s+selected=\"selected\">Dala</option>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void programPageAndDeleteConfirmation(String language) {
    PageModel page =
        page(language, "programs.program.title")
            .with("program", PROGRAM)
            .with("universityName", "Dala")
            .with("modules", List.of(new ModulePages.Row(1, "AGR-101", EVIL, 5, 2, "/m")))
            .with("backUrl", "/b")
            .with("newModuleUrl", "/n")
            .with("exportUrl", "/e")
            .with("deleteUrl", "/d")
            .with("programAction", "/a")
            .with("programForm", ProgramForm.of(PROGRAM).values())
            .with("programLanguages", PROGRAM.languages())
            .with("programErrors", Map.of())
            .with("confirmation", "programs.done.program-updated");

    assertThat(render("admin/program", page)).contains("href=\"/e\"").contains("AGR-101");
    page.with("moduleCount", 3).with("deleteAction", "/x").with("cancelUrl", "/c");
    assertThat(render("admin/program-delete", page)).contains("action=\"/x\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void moduleEditWithHistoryAndAVersion(String language) {
    PageModel page =
        page(language, "modules.edit.title")
            .with("program", "AGR")
            .with("programName", EVIL)
            .with("backUrl", "/b")
            .with("moduleAction", "/m")
            .with("moduleForm", ModuleForm.of(MODULE).values())
            .with("moduleErrors", Map.of("lessons", "form.error.lessons"))
            .with("adding", false)
            .with("module", MODULE)
            .with(
                "versions",
                List.of(
                    new ModulePages.VersionRow(2, "New", 5, "2026-01-01 10:00 UTC", true, "/v2"),
                    new ModulePages.VersionRow(1, EVIL, 5, "2026-01-01 09:00 UTC", false, "/v1")));

    assertThat(render("admin/module", page))
        .contains("Soil types\n  - Video</textarea>")
        .contains("class=\"field field--error\"")
        .contains("href=\"#m-lessons\"")
        .contains("href=\"/v1\"");
    page.with("version", MODULE);
    assertThat(render("admin/module-version", page)).contains("Reads a soil map");
    page.with("adding", true).with("moduleForm", ModuleForm.empty().values());
    assertThat(render("admin/module", page)).contains("id=\"m-code\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void importFormWithARefusal(String language) {
    PageModel page =
        page(language, "programs.import.title")
            .with("backUrl", "/b")
            .with("importAction", "/i")
            .with("document", EVIL)
            .with("replace", true)
            .with(
                "refusal",
                new ProgramPages.ImportRefusal("programs.import.error.invalid", "'x' " + EVIL));

    assertThat(render("admin/program-import", page))
        .contains("enctype=\"multipart/form-data\"")
        .contains("&lt;script&gt;");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void coursePageWithModulesAndTheLinkSelector(String language) {
    PageModel page =
        page(language, "course.title")
            .with("planAction", "/app/course/plan")
            .with("planForm", PlanForm.empty().values())
            .with("planErrors", Map.of("weeks", "form.error.weeks"))
            .with("planFields", PlanForm.FIELDS)
            .with("planLists", PlanForm.LISTS)
            .with("planSaved", false)
            .with("modulesAction", "/app/course/plan/modules")
            .with(
                "groups",
                List.of(
                    new CoursePages.ProgramGroup(
                        "AGR",
                        EVIL,
                        "DSU",
                        List.of(
                            new CoursePages.ModuleChoice("5:AGR-101", "AGR-101", EVIL, 5, true)))))
            .with("delivered", List.of(new DeliveredModuleView(9, 5, "AGR", "AGR-101", 1, EVIL, 5)))
            .with("linkAction", "/app/course/plan/link")
            .with("linkedModuleId", "9")
            .with("linkErrors", Map.of())
            .with("programsFind", EVIL)
            .with("programsSearched", true)
            .with("programsMore", true)
            .with("programsListed", 50)
            .with("programsMatching", 312L)
            .with("programsNoMatch", false);

    assertThat(render("course/plan", page))
        .contains("value=\"5:AGR-101\" checked=\"checked\"")
        .contains("id=\"find-program\"")
        .contains("312")
        .doesNotContain("<script>")
        .containsPattern("<option value=\"9\"\\s+selected=\"selected\">")
        .contains("id=\"c-weeks\"")
        .contains("action=\"/app/course/plan/link\"");
  }
}
