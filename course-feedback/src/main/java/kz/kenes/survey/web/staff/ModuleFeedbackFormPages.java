package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.application.UniversityRegistry;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.University;
import kz.kenes.survey.application.ModuleFeedbackForms;
import kz.kenes.survey.application.ModuleFeedbackForms.Choice;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner.Kind;

/**
 * The page of an owner's learners' module feedback form, a program's ({@link
 * ModuleFeedbackFormPagesResource}) or a university's (the same resource): which form its learners
 * answer, making a copy of its own (then edited on the instrument pages), and going back to the
 * form above after a confirmation step. One template for both; what differs is the heading, the way
 * back and the texts that name the owner.
 */
@ApplicationScoped
public class ModuleFeedbackFormPages {

  static final String PROGRAMS = "/app/admin/programs";
  static final String UNIVERSITIES = "/app/admin/universities";
  private static final Set<String> DONE = Set.of("copied", "back");

  /** The texts that name a program; a university's are the same keys under {@code university.}. */
  private static final Map<String, String> PROGRAM_TEXTS =
      Map.of(
          "lead", "mfform.lead",
          "back", "mfform.back",
          "edit", "mfform.edit",
          "copy", "mfform.copy",
          "question", "mfform.back.question",
          "copied", "mfform.done.copied",
          "backDone", "mfform.done.back");

  private static final Map<String, String> UNIVERSITY_TEXTS =
      Map.of(
          "lead", "mfform.university.lead",
          "back", "mfform.university.back",
          "edit", "mfform.university.edit",
          "copy", "mfform.university.copy",
          "question", "mfform.university.back.question",
          "copied", "mfform.university.done.copied",
          "backDone", "mfform.university.done.back");

  @Inject PageSessions pages;
  @Inject ModuleFeedbackForms forms;
  @Inject ProgramCatalog programs;
  @Inject UniversityRegistry universities;
  @Inject Views views;

  /** The page; {@code step=back} asks to confirm going back to the form above. */
  public Response show(ModuleFeedbackFormOwner owner, PageParams params, String step) {
    PageRequest request = pages.open(params).requireAdmin();
    Choice choice = forms.choice(request.session().scope(), owner);
    return HtmlPages.ok(render(request, choice, "back".equals(step), params.done()));
  }

  /** The page's form: {@code action} {@code copy} or {@code back}; anything else is a 400. */
  public Response change(
      ModuleFeedbackFormOwner owner, HttpHeaders headers, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form).requireAdmin();
    UniversityScope scope = request.session().scope();
    String action = form.getFirst("action");
    if ("copy".equals(action)) {
      forms.makeOwn(scope, owner);
      return request.redirect(path(owner), "copied");
    }
    if ("back".equals(action)) {
      forms.backToDefault(scope, owner);
      return request.redirect(path(owner), "back");
    }
    return HtmlPages.status(400, render(request, forms.choice(scope, owner), false, null));
  }

  /** The page's path for the owner. */
  static String path(ModuleFeedbackFormOwner owner) {
    return (owner.kind() == Kind.PROGRAM ? PROGRAMS : UNIVERSITIES)
        + "/"
        + owner.id()
        + "/module-feedback-form";
  }

  private String render(PageRequest request, Choice choice, boolean confirmBack, String done) {
    ModuleFeedbackFormOwner owner = choice.owner();
    String path = path(owner);
    PageModel page = request.page("mfform.title", path, Map.of());
    Map<String, String> texts;
    if (owner.kind() == Kind.PROGRAM) {
      EducationalProgram program = programs.find(request.session().scope(), owner.id());
      texts = PROGRAM_TEXTS;
      page.with("ownerCode", program.code())
          .with("ownerName", program.name())
          .with("backUrl", page.link(PROGRAMS + "/" + owner.id(), Map.of()));
    } else {
      University university = universities.find(request.session().scope(), owner.id());
      texts = UNIVERSITY_TEXTS;
      page.with("ownerCode", university.code())
          .with("ownerName", university.name())
          .with("backUrl", page.link(PROGRAMS, Map.of("university", String.valueOf(owner.id()))));
    }
    String instrument = InstrumentPagesResource.PATH + "/" + choice.instrument().id();
    page.with("texts", texts)
        .with("choice", choice)
        .with("from", choice.from())
        .with("instrumentCode", choice.instrument().code())
        .with("instrumentVersion", choice.instrument().currentVersionNumber())
        .with("instrumentUrl", page.link(instrument, Map.of()))
        .with("editUrl", page.link(instrument + "/edit", Map.of()))
        .with("confirmBack", confirmBack)
        .with("confirmBackUrl", page.link(path, Map.of("step", "back")))
        .with("action", path)
        .with("selfUrl", page.link(path, Map.of()));
    if (done != null && DONE.contains(done)) {
      page.with("confirmation", texts.get("copied".equals(done) ? "copied" : "backDone"));
    }
    return views.render("surveys/staff/module-feedback-form", request.locale(), page.asMap());
  }
}
