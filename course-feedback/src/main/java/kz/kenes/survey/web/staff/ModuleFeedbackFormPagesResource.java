package kz.kenes.survey.web.staff;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.survey.application.ModuleFeedbackForms;
import kz.kenes.survey.application.ModuleFeedbackForms.Choice;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The learners' module feedback form of a program, reached from the administrator's program page
 * ({@code /app/admin/programs/{id}/module-feedback-form}): which form its learners answer, making a
 * copy of its own (then edited on the instrument pages), and going back to the default after a
 * confirmation step. Administrators of the program's university only (403 for anyone else).
 */
@Path("/app/admin/programs/{id}/module-feedback-form")
@Produces(MediaType.TEXT_HTML)
public class ModuleFeedbackFormPagesResource {

  private static final String PROGRAMS = "/app/admin/programs/";
  private static final Set<String> DONE = Set.of("copied", "back");

  @Inject PageSessions pages;
  @Inject ModuleFeedbackForms forms;
  @Inject ProgramCatalog programs;
  @Inject Views views;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response show(
      @PathParam("id") long id, @BeanParam PageParams params, @QueryParam("step") String step) {
    PageRequest request = pages.open(params).requireAdmin();
    Choice choice = forms.choice(request.session().scope(), ModuleFeedbackFormOwner.program(id));
    return HtmlPages.ok(render(request, id, choice, "back".equals(step), params.done()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response change(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form).requireAdmin();
    ModuleFeedbackFormOwner owner = ModuleFeedbackFormOwner.program(id);
    String action = form.getFirst("action");
    if ("copy".equals(action)) {
      forms.makeOwn(request.session().scope(), owner);
      return request.redirect(path(id), "copied");
    }
    if ("back".equals(action)) {
      forms.backToDefault(request.session().scope(), owner);
      return request.redirect(path(id), "back");
    }
    Choice choice = forms.choice(request.session().scope(), owner);
    return HtmlPages.status(400, render(request, id, choice, false, null));
  }

  private String render(
      PageRequest request, long id, Choice choice, boolean confirmBack, String done) {
    EducationalProgram program = programs.find(request.session().scope(), id);
    PageModel page = request.page("mfform.title", path(id), Map.of());
    page.with("programName", program.name())
        .with("programCode", program.code())
        .with("choice", choice)
        .with("from", choice.from())
        .with("instrumentCode", choice.instrument().code())
        .with("instrumentVersion", choice.instrument().currentVersionNumber())
        .with(
            "instrumentUrl",
            page.link(InstrumentPagesResource.PATH + "/" + choice.instrument().id(), Map.of()))
        .with(
            "editUrl",
            page.link(
                InstrumentPagesResource.PATH + "/" + choice.instrument().id() + "/edit", Map.of()))
        .with("confirmBack", confirmBack)
        .with("confirmBackUrl", page.link(path(id), Map.of("step", "back")))
        .with("action", path(id))
        .with("programUrl", page.link(PROGRAMS + id, Map.of()))
        .with("selfUrl", page.link(path(id), Map.of()));
    if (done != null && DONE.contains(done)) {
      page.with("confirmation", "mfform.done." + done);
    }
    return views.render("surveys/staff/module-feedback-form", request.locale(), page.asMap());
  }

  private static String path(long id) {
    return PROGRAMS + id + "/module-feedback-form";
  }
}
