package kz.kenes.survey.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.survey.application.ModuleFeedback;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.ModuleVersionChanged;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A learner's page of a module's feedback ({@code /app/course/modules/{moduleId}/feedback?kt=…}):
 * the module feedback items asked about the module's current version, with the learner's answers to
 * that version, and the form that submits them (session and CSRF tokens posted with it). A saved
 * rating redirects (POST-redirect-GET) to the page with a confirmation; a refused one comes back as
 * a 400 page with the answers kept and the items at fault marked; a module revised since the page
 * was loaded comes back as 409 with the new version's form.
 */
@Path(ModuleFeedbackPageResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class ModuleFeedbackPageResource {

  public static final String PATH = "/app/course/modules";

  /** Field of the module version the form showed. */
  static final String VERSION_FIELD = "moduleVersion";

  @Inject PageSessions pages;
  @Inject ModuleFeedback feedback;
  @Inject ModuleFeedbackPages render;
  @Context HttpHeaders headers;

  /** The path of a module's feedback page. */
  public static String path(long moduleId) {
    return PATH + "/" + moduleId + "/feedback";
  }

  @GET
  @Path("{moduleId}/feedback")
  @Operation(hidden = true)
  public Response form(@PathParam("moduleId") long moduleId, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    ModuleFeedback.Form form = feedback.form(request.session(), moduleId);
    return HtmlPages.ok(render.page(request, form, null, Map.of(), "saved".equals(params.done())));
  }

  @POST
  @Path("{moduleId}/feedback")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response rate(
      @PathParam("moduleId") long moduleId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    ModuleFeedback.Form form = feedback.form(request.session(), moduleId);
    Map<String, Object> answers =
        AnswerFields.read(posted, ModuleFeedbackPages.kinds(form.version()));
    try {
      feedback.rate(request.session(), moduleId, version(posted), null, answers);
    } catch (InvalidSurveyInput refused) {
      return HtmlPages.status(
          400, render.page(request, form, answers, refused.fieldErrors(), false));
    } catch (ModuleVersionChanged revised) {
      return HtmlPages.status(409, render.page(request, form, null, Map.of(), false));
    }
    String target =
        PageModel.href(
            request.token(),
            path(moduleId),
            Map.of("lang", request.locale().getLanguage(), "done", "saved"));
    return HtmlPages.seeOther(target);
  }

  private static Integer version(MultivaluedMap<String, String> posted) {
    String value = posted.getFirst(VERSION_FIELD);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidSurveyInput.of(VERSION_FIELD, "The module version must be a whole number.");
    }
  }
}
