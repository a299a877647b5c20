package kz.kenes.program.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.kenes.identity.domain.Courses;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.api.CoursePlanView;
import kz.kenes.program.api.DeliveredModuleView;
import kz.kenes.program.application.CoursePlanning;
import kz.kenes.program.application.LinkedModules;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.CoursePlan;
import kz.kenes.program.domain.CoursePlanRepository;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;

/**
 * Renders the course page of {@link CoursePagesResource}: the plan form, the program modules the
 * course may deliver (checkboxes grouped by program) and the module the launch's resource link
 * shows.
 */
@ApplicationScoped
public class CoursePages {

  /**
   * At most this many programs found by the search are listed; the programs the course already
   * delivers modules of are listed besides them, always, so that saving the checkboxes never drops
   * a module the page did not show.
   */
  static final int MAX_PROGRAMS = 50;

  static final Set<String> CONFIRMATIONS = Set.of("plan-saved", "modules-saved", "link-saved");
  private static final String PATH = CoursePagesResource.PATH;

  @Inject CoursePlanRepository plans;
  @Inject CoursePlanning planning;
  @Inject ProgramCatalog catalog;
  @Inject LinkedModules linked;
  @Inject Courses courses;
  @Inject Views views;

  /** A program with its modules as checkboxes. */
  public record ProgramGroup(
      String code, String name, String university, List<ModuleChoice> modules) {}

  /** One module checkbox: value {@code programId:code}. */
  public record ModuleChoice(
      String value, String code, String title, int credits, boolean delivered) {}

  /** The forms of the page as typed, with their errors. */
  record Forms(PlanForm plan, FormErrors planErrors, FormErrors linkErrors) {
    static Forms stored() {
      return new Forms(null, FormErrors.none(), FormErrors.none());
    }
  }

  String page(PageRequest request, long contextRef, String done, Forms forms) {
    return page(request, contextRef, done, forms, null);
  }

  /** The page; {@code find} narrows the programs listed for choosing modules (null: any). */
  String page(PageRequest request, long contextRef, String done, Forms forms, String find) {
    PageModel page = request.page("course.title", PATH, Map.of());
    Optional<CoursePlan> stored = plans.find(contextRef);
    PlanForm plan =
        forms.plan() != null
            ? forms.plan()
            : stored.map(CoursePlanView::of).map(PlanForm::of).orElse(PlanForm.empty());
    List<ProgramModule> delivered = planning.deliveredModules(contextRef);
    Set<Long> deliveredIds = delivered.stream().map(ProgramModule::id).collect(Collectors.toSet());
    page.with("section", "course")
        .with("planAction", PATH)
        .with("planForm", plan.values())
        .with("planErrors", forms.planErrors().fields())
        .with("planFields", PlanForm.FIELDS)
        .with("planLists", PlanForm.LISTS)
        .with("planSaved", stored.isPresent())
        .with("modulesAction", PATH + "/modules")
        .with("programsFind", find == null ? "" : find)
        .with("delivered", delivered.stream().map(DeliveredModuleView::of).toList())
        .with("linkErrors", forms.linkErrors().fields());
    withPrograms(page, planning.scopeOf(contextRef), delivered, deliveredIds, find);
    withLink(page, request, contextRef);
    return views.render(
        "course/plan", request.locale(), PageForms.confirm(page, done, CONFIRMATIONS).asMap());
  }

  private void withLink(PageModel page, PageRequest request, long contextRef) {
    Long linkRef = request.session().resourceLinkRef();
    boolean ofCourse = linkRef != null && courses.hasResourceLink(contextRef, linkRef);
    page.with("linkAction", ofCourse ? PATH + "/link" : null)
        .with(
            "linkedModuleId",
            ofCourse ? linked.moduleOf(linkRef).map(m -> String.valueOf(m.id())).orElse("") : "");
  }

  /**
   * The programs to choose modules from: first those the course delivers modules of, then up to
   * {@link #MAX_PROGRAMS} of those matching the search, with how many more the search would find.
   */
  private void withPrograms(
      PageModel page,
      UniversityScope course,
      List<ProgramModule> delivered,
      Set<Long> deliveredIds,
      String find) {
    Map<Long, EducationalProgram> shown = new LinkedHashMap<>();
    for (ProgramModule module : delivered) {
      shown.putIfAbsent(module.program().id(), module.program());
    }
    ProgramCatalog.ProgramSearch found = catalog.search(course, find, true, MAX_PROGRAMS);
    for (EducationalProgram program : found.programs()) {
      shown.putIfAbsent(program.id(), program);
    }
    boolean searched = find != null && !find.isBlank();
    page.with("groups", shown.values().stream().map(p -> group(p, deliveredIds)).toList())
        .with("programsSearched", searched)
        .with("programsMatching", found.matching())
        .with("programsListed", found.programs().size())
        .with("programsMore", found.more())
        .with("programsNoMatch", searched && found.programs().isEmpty());
  }

  private static ProgramGroup group(EducationalProgram program, Set<Long> deliveredIds) {
    List<ModuleChoice> choices =
        program.modules().stream()
            .map(
                m ->
                    new ModuleChoice(
                        program.id() + ":" + m.code(),
                        m.code(),
                        m.title(),
                        m.credits(),
                        deliveredIds.contains(m.id())))
            .toList();
    return new ProgramGroup(program.code(), program.name(), program.university().name(), choices);
  }
}
