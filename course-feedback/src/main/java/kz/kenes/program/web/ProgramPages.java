package kz.kenes.program.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.api.ProgramView;
import kz.kenes.program.api.UniversityView;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.application.UniversityRegistry;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramLevel;
import kz.kenes.program.domain.TeachingLanguage;

/**
 * Renders the program pages of {@link ProgramPagesResource}: the list of universities and programs
 * (filtered, paginated, with the add forms), a program's page (its modules and the edit form), the
 * delete confirmation and the import form, each with the values and errors of the form given.
 */
@ApplicationScoped
public class ProgramPages {

  static final int PAGE_SIZE = 20;
  static final Set<String> CONFIRMATIONS =
      Set.of(
          "university-added",
          "program-added",
          "program-updated",
          "program-deleted",
          "program-imported",
          "module-added",
          "module-updated");
  static final List<String> LEVELS =
      java.util.Arrays.stream(ProgramLevel.values()).map(ProgramLevel::code).toList();
  static final List<String> LANGUAGES =
      java.util.Arrays.stream(TeachingLanguage.values()).map(TeachingLanguage::code).toList();
  private static final String PATH = ProgramPagesResource.PATH;

  @Inject UniversityRegistry universities;
  @Inject ProgramCatalog catalog;
  @Inject Views views;

  /** The list's filters and where its page starts. */
  record Filter(Long universityId, String field, int offset) {
    Map<String, String> query(int start) {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("university", universityId == null ? null : String.valueOf(universityId));
      query.put("field", field);
      query.put("offset", start == 0 ? null : String.valueOf(start));
      return query;
    }
  }

  /** One program in the list. */
  public record Row(
      String code,
      String name,
      String university,
      String field,
      String level,
      List<String> languages,
      int credits,
      String url) {}

  /** The forms of the list page as typed, with their errors. */
  record ListForms(
      UniversityForm university,
      FormErrors universityErrors,
      ProgramForm program,
      FormErrors programErrors) {
    static ListForms empty() {
      return new ListForms(
          UniversityForm.empty(), FormErrors.none(), ProgramForm.empty(), FormErrors.none());
    }
  }

  String list(PageRequest request, Filter filter, String done, ListForms forms) {
    int start = Math.max(0, filter.offset());
    long total = catalog.count(request.session().scope(), filter.universityId(), filter.field());
    PageModel page = request.page("programs.title", PATH, filter.query(start));
    List<Row> rows =
        catalog
            .list(
                request.session().scope(), filter.universityId(), filter.field(), start, PAGE_SIZE)
            .stream()
            .map(p -> row(page, p))
            .toList();
    List<UniversityView> all =
        universities.findAll(request.session().scope()).stream().map(UniversityView::of).toList();
    // each university's learners' module feedback form (a survey page: docs/module-feedback.md)
    Map<Long, String> formLinks = new java.util.HashMap<>();
    all.forEach(
        u ->
            formLinks.put(
                u.id(),
                page.link(
                    "/app/admin/universities/" + u.id() + "/module-feedback-form", Map.of())));
    page.with("programs", rows)
        .with("universities", all)
        .with("universityForms", formLinks)
        .with("filterUniversity", filter.universityId() == null ? "" : filter.universityId() + "")
        .with("filterField", filter.field() == null ? "" : filter.field())
        .with("filtered", filter.universityId() != null || filter.field() != null)
        .withPager(start, rows.size(), PAGE_SIZE, total, from -> listLink(page, filter, from))
        .with("importUrl", page.link(PATH + "/import", Map.of()))
        .with("universityAction", PATH + "/universities")
        .with("universityForm", forms.university().values())
        .with("universityErrors", forms.universityErrors().fields())
        .with("programAction", PATH)
        .with("programForm", forms.program().values())
        .with("programLanguages", forms.program().languages())
        .with("programErrors", forms.programErrors().fields());
    return render("admin/programs", request, options(page), done);
  }

  /** A program's page; {@code typed} is null to show the stored values in the edit form. */
  String program(PageRequest request, long id, String done, ProgramForm typed, FormErrors errors) {
    EducationalProgram program = catalog.find(request.session().scope(), id);
    ProgramView view = ProgramView.of(program);
    String path = PATH + "/" + id;
    PageModel page = request.page("programs.program.title", path, Map.of());
    ProgramForm form =
        typed == null ? ProgramForm.of(view) : typed.withUniversity(view.universityId());
    page.with("program", view)
        .with("universityName", program.university().name())
        .with("modules", ModulePages.rows(page, program))
        .with("backUrl", page.link(PATH, Map.of()))
        .with("newModuleUrl", page.link(path + "/modules/new", Map.of()))
        .with("exportUrl", page.link(path + "/export", Map.of()))
        .with("revisionsUrl", page.link(path + "/revisions", Map.of()))
        .with("certificatesUrl", page.link(path + "/certificates", Map.of()))
        .with("deleteUrl", page.link(path + "/delete", Map.of()))
        .with("moduleFeedbackFormUrl", page.link(path + "/module-feedback-form", Map.of()))
        .with("programAction", path)
        .with("programForm", form.values())
        .with("programLanguages", form.languages())
        .with("programErrors", errors.fields());
    return render("admin/program", request, options(page), done);
  }

  String confirmDelete(PageRequest request, long id) {
    EducationalProgram program = catalog.find(request.session().scope(), id);
    String path = PATH + "/" + id;
    PageModel page = request.page("programs.delete.title", path + "/delete", Map.of());
    page.with("program", ProgramView.of(program))
        .with("moduleCount", program.modules().size())
        .with("deleteAction", path + "/delete")
        .with("cancelUrl", page.link(path, Map.of()));
    return render("admin/program-delete", request, page, null);
  }

  /** Why an import was refused: a message key and, for a refused document, the service's words. */
  record ImportRefusal(String key, String detail) {}

  String importForm(PageRequest request, String document, boolean replace, ImportRefusal refusal) {
    PageModel page = request.page("programs.import.title", PATH + "/import", Map.of());
    page.with("backUrl", page.link(PATH, Map.of()))
        .with("importAction", PATH + "/import")
        .with("document", document == null ? "" : document)
        .with("replace", replace)
        .with("refusal", refusal);
    return render("admin/program-import", request, page, null);
  }

  private String render(String template, PageRequest request, PageModel page, String done) {
    page.with("section", "programs");
    return views.render(
        template, request.locale(), PageForms.confirm(page, done, CONFIRMATIONS).asMap());
  }

  private static PageModel options(PageModel page) {
    return page.with("levels", LEVELS).with("languages", LANGUAGES);
  }

  private static Row row(PageModel page, EducationalProgram p) {
    return new Row(
        p.code(),
        p.name(),
        p.university().name(),
        p.field(),
        p.level().code(),
        p.languages().stream().map(TeachingLanguage::code).toList(),
        p.credits(),
        page.link(PATH + "/" + p.id(), Map.of()));
  }

  private static String listLink(PageModel page, Filter filter, int start) {
    return page.link(PATH, filter.query(Math.max(0, start)));
  }
}
