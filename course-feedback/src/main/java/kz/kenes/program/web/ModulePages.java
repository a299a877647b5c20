package kz.kenes.program.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.api.ModuleView;
import kz.kenes.program.application.ModuleCatalog;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;

/**
 * Renders the module pages of {@link ModulePagesResource}: the add form, the edit form with the
 * module's version history, and one version read-only.
 */
@ApplicationScoped
public class ModulePages {

  private static final String PATH = ProgramPagesResource.PATH;

  @Inject ProgramCatalog catalog;
  @Inject ModuleCatalog modules;
  @Inject Views views;

  /** One module in a program's list. */
  public record Row(
      int position, String code, String title, int credits, int version, String url) {}

  /** One version in a module's history. */
  public record VersionRow(
      int number, String title, int credits, String createdAt, boolean current, String url) {}

  static List<Row> rows(PageModel page, EducationalProgram program) {
    return program.modules().stream()
        .map(
            m ->
                new Row(
                    m.position(),
                    m.code(),
                    m.title(),
                    m.credits(),
                    m.currentVersion(),
                    page.link(modulePath(program.id(), m.code()), Map.of())))
        .toList();
  }

  /** The add form ({@code typed} as posted, or empty). */
  String add(PageRequest request, long programId, ModuleForm typed, FormErrors errors) {
    EducationalProgram program = catalog.find(request.session().scope(), programId);
    String path = PATH + "/" + programId + "/modules";
    PageModel page = request.page("modules.add.title", path + "/new", Map.of());
    withForm(page, program, path, typed, errors).with("adding", true).with("versions", List.of());
    return render("admin/module", request, page);
  }

  /** The edit form ({@code typed} null: the current version) with the version history. */
  String edit(
      PageRequest request,
      long programId,
      String code,
      String done,
      ModuleForm typed,
      FormErrors errors) {
    EducationalProgram program = catalog.find(request.session().scope(), programId);
    ProgramModule module = modules.find(request.session().scope(), programId, code);
    String path = modulePath(programId, code);
    PageModel page = request.page("modules.edit.title", path, Map.of());
    ModuleForm form = typed == null ? ModuleForm.of(ModuleView.current(module)) : typed;
    withForm(page, program, path, form, errors)
        .with("adding", false)
        .with("module", ModuleView.current(module))
        .with("versions", versions(page, programId, module));
    return render(
        "admin/module", request, PageForms.confirm(page, done, ProgramPages.CONFIRMATIONS));
  }

  /** Version {@code number} of a module, read-only. */
  String version(PageRequest request, long programId, String code, int number) {
    EducationalProgram program = catalog.find(request.session().scope(), programId);
    ProgramModule module = modules.find(request.session().scope(), programId, code);
    ModuleView version =
        ModuleView.of(module, modules.version(request.session().scope(), programId, code, number));
    String path = modulePath(programId, code);
    PageModel page = request.page("modules.version.title", path + "/versions/" + number, Map.of());
    page.with("program", program.code())
        .with("version", version)
        .with("backUrl", page.link(path, Map.of()))
        .with("versions", versions(page, programId, module));
    return render("admin/module-version", request, page);
  }

  private static PageModel withForm(
      PageModel page,
      EducationalProgram program,
      String action,
      ModuleForm form,
      FormErrors errors) {
    return page.with("program", program.code())
        .with("programName", program.name())
        .with("backUrl", page.link(PATH + "/" + program.id(), Map.of()))
        .with("moduleAction", action)
        .with("moduleForm", form.values())
        .with("moduleErrors", errors.fields());
  }

  private static List<VersionRow> versions(PageModel page, long programId, ProgramModule module) {
    String path = modulePath(programId, module.code());
    List<VersionRow> rows =
        module.versions().stream()
            .map(
                v ->
                    new VersionRow(
                        v.number(),
                        v.content().title(),
                        v.content().credits(),
                        v.createdAt().toString().substring(0, 16).replace('T', ' ') + " UTC",
                        v.number() == module.currentVersion(),
                        page.link(path + "/versions/" + v.number(), Map.of())))
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    java.util.Collections.reverse(rows);
    return rows;
  }

  private String render(String template, PageRequest request, PageModel page) {
    page.with("section", "programs");
    return views.render(template, request.locale(), page.asMap());
  }

  static String modulePath(long programId, String code) {
    return PATH + "/" + programId + "/modules/" + code;
  }
}
