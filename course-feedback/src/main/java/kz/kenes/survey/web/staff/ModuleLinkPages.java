package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.application.ModuleFeedbackLinks;
import kz.kenes.survey.domain.ModuleFeedbackLink;
import kz.kenes.survey.web.staff.StaffPages.StaffRequest;

/**
 * Renders the staff's module feedback link pages ({@code templates/surveys/staff/module-links.html}
 * and {@code module-link-created.html}): the links of the caller's programs, newest first and
 * paged, the form that makes one (a program, optionally some of its modules), and the page that
 * shows a new link once.
 */
@ApplicationScoped
public class ModuleLinkPages {

  /** Links listed per page. */
  static final int PAGE_SIZE = 20;

  @Inject ModuleFeedbackLinks links;
  @Inject SurveyChoices choices;
  @Inject Views views;
  @Inject Clock clock;

  /** A link in the list. */
  public record LinkRow(
      String program,
      String modules,
      String group,
      String label,
      int uses,
      int maxUses,
      boolean anonymous,
      String expiresAt,
      String state,
      String revokeUrl) {}

  /** A program to choose, and a module to check. */
  public record Choice(long id, String label, boolean chosen) {}

  String list(
      StaffRequest request,
      int offset,
      Long programId,
      String done,
      ModuleLinkForm form,
      FormErrors errors) {
    PageModel page = model(request, "module.links.title");
    String language = page.locale().getLanguage();
    Map<String, String> groups = choices.groupNames(language);
    int start = Math.max(0, offset);
    ModuleFeedbackLinks.Page found = links.list(request.staff(), start, PAGE_SIZE);
    List<EducationalProgram> programs = links.programs(request.staff());
    Long chosen = chosenProgram(programs, programId != null ? programId : form.programId());
    EducationalProgram program =
        programs.stream().filter(p -> p.id().equals(chosen)).findFirst().orElse(null);
    Instant now = clock.instant();
    page.with(
            "links", found.links().stream().map(l -> row(page, l, programs, groups, now)).toList())
        .withPager(
            start,
            found.links().size(),
            PAGE_SIZE,
            found.total(),
            from -> page.link(ModuleLinkPagesResource.PATH, PageModel.offsetQuery(from)))
        .with(
            "programs",
            programs.stream()
                .map(p -> new Choice(p.id(), label(p), p.id().equals(chosen)))
                .toList())
        .with("program", program == null ? null : label(program))
        .with("programId", chosen)
        .with(
            "modules",
            program == null
                ? List.of()
                : program.modules().stream()
                    .map(m -> new Choice(m.id(), moduleLabel(m), form.moduleIds().contains(m.id())))
                    .toList())
        .with("groups", groups)
        .with("action", ModuleLinkPagesResource.PATH)
        .with("chooseAction", ModuleLinkPagesResource.PATH)
        .with("form", form.values())
        .with("errors", errors.fields())
        .with("defaultDays", ModuleFeedbackLinks.DEFAULT_LIFETIME.toDays())
        .with("formId", InvitationForm.newFormId())
        .with(
            "confirmation",
            done != null && List.of("revoked", "link-already-made").contains(done)
                ? "module.links.done." + done
                : null);
    return views.render("surveys/staff/module-links", page.locale(), page.asMap());
  }

  String created(StaffRequest request, ModuleFeedbackLinks.Created created) {
    PageModel page = model(request, "survey.staff.created.title");
    Map<String, String> groups = choices.groupNames(page.locale().getLanguage());
    List<EducationalProgram> programs = links.programs(request.staff());
    page.with("url", created.url())
        .with("link", row(page, created.link(), programs, groups, clock.instant()))
        .with("listUrl", page.link(ModuleLinkPagesResource.PATH, Map.of()));
    return views.render("surveys/staff/module-link-created", page.locale(), page.asMap());
  }

  String confirmRevoke(StaffRequest request, ModuleFeedbackLink link) {
    PageModel page = model(request, "survey.staff.revoke.title");
    page.with("surveyTitle", choices.programName(link.programId()))
        .with("roundLabel", link.label().orElse(link.groupCode()))
        .with("question", "survey.staff.revoke.question")
        .with("detail", link.label().orElse(null))
        .with("action", ModuleLinkPagesResource.PATH + "/" + link.id() + "/revoke")
        .with("submit", "survey.staff.revoke.submit")
        .with("cancelUrl", page.link(ModuleLinkPagesResource.PATH, Map.of()));
    return views.render("surveys/staff/confirm", page.locale(), page.asMap());
  }

  private PageModel model(StaffRequest request, String titleKey) {
    PageModel page =
        request
            .page()
            .page(titleKey, ModuleLinkPagesResource.PATH, Map.of())
            .with("section", "surveys");
    return page.with("backUrl", page.link("/app", Map.of()));
  }

  /** The program the form is about: the one asked for, else the only one there is. */
  private static Long chosenProgram(List<EducationalProgram> programs, Long asked) {
    if (asked != null && programs.stream().anyMatch(p -> p.id().equals(asked))) {
      return asked;
    }
    return programs.size() == 1 ? programs.get(0).id() : null;
  }

  private LinkRow row(
      PageModel page,
      ModuleFeedbackLink l,
      List<EducationalProgram> programs,
      Map<String, String> groups,
      Instant now) {
    EducationalProgram program =
        programs.stream().filter(p -> p.id() == l.programId()).findFirst().orElse(null);
    String modules =
        l.moduleIds().isEmpty() || program == null
            ? null
            : String.join(
                ", ",
                program.modules().stream()
                    .filter(m -> l.moduleIds().contains(m.id()))
                    .map(ProgramModule::code)
                    .toList());
    String state = l.state(now);
    return new LinkRow(
        program == null ? choices.programName(l.programId()) : label(program),
        modules,
        groups.getOrDefault(l.groupCode(), l.groupCode()),
        l.label().orElse(null),
        l.uses(),
        l.maxUses(),
        l.anonymous(),
        StaffForms.shown(l.expiresAt()),
        state,
        Objects.equals(state, "revoked")
            ? null
            : page.link(ModuleLinkPagesResource.PATH + "/" + l.id() + "/revoke", Map.of()));
  }

  private static String label(EducationalProgram p) {
    return p.code() + " — " + p.name();
  }

  private static String moduleLabel(ProgramModule m) {
    return m.code() + " — " + m.title();
  }
}
