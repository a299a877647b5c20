package kz.kenes.program.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.program.application.CoursePlanning;
import kz.kenes.program.application.CoursePlanning.ModuleRef;
import kz.kenes.program.application.LinkedModules;
import kz.kenes.program.web.CoursePages.Forms;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page of the course the session was launched from: its plan, the program modules it delivers
 * and the module the launch's resource link shows to learners. For the course's instructors and
 * administrators launched from it (the rule of {@code CourseAccess}); learners get a 403, a session
 * without a course a 404. Forms post the session and CSRF tokens and redirect when saved.
 */
@Path(CoursePagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class CoursePagesResource {

  public static final String PATH = "/app/course/plan";

  /** The form choosing the module of the resource link: its one field. */
  static final FormErrors.Form LINK_ERRORS = PageForms.errors(List.of("moduleId"), "moduleId");

  @Inject PageSessions pages;
  @Inject CoursePlanning planning;
  @Inject LinkedModules linked;
  @Inject CoursePages render;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params, @QueryParam("programs") String programs) {
    PageRequest request = pages.open(params);
    return HtmlPages.ok(
        render.page(request, course(request), params.done(), Forms.stored(), programs));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response writePlan(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    long contextRef = course(request);
    PlanForm input = PlanForm.from(form);
    try {
      planning.writePlan(contextRef, input.toCommand());
      return request.redirect(PATH, "plan-saved");
    } catch (DomainException refusal) {
      FormErrors errors = PlanForm.ERRORS.of(refusal);
      Forms forms = new Forms(input, errors, FormErrors.none());
      return HtmlPages.status(
          Problems.status(refusal), render.page(request, contextRef, null, forms));
    }
  }

  @POST
  @Path("modules")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response deliver(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    long contextRef = course(request);
    planning.deliverOnly(contextRef, refs(form.get("module")));
    return request.redirect(PATH, "modules-saved");
  }

  @POST
  @Path("link")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response link(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    long contextRef = course(request);
    Long linkRef = request.session().resourceLinkRef();
    if (linkRef == null) {
      throw new NotFound("This launch came from no resource link.");
    }
    String moduleId = form.getFirst("moduleId");
    try {
      if (moduleId == null || moduleId.isBlank()) {
        linked.clear(contextRef, linkRef);
      } else {
        linked.point(contextRef, linkRef, ProgramForm.id(moduleId));
      }
      return request.redirect(PATH, "link-saved");
    } catch (DomainException refusal) {
      FormErrors errors = LINK_ERRORS.of(refusal);
      Forms forms = new Forms(null, FormErrors.none(), errors);
      return HtmlPages.status(
          Problems.status(refusal), render.page(request, contextRef, null, forms));
    }
  }

  /**
   * The course of the session, for its staff: 403 for a learner, 404 when the launch named no
   * course (the admin token's session, a launch without a context).
   */
  static long course(PageRequest request) {
    KenesSession session = request.session();
    if (!session.isAdmin() && session.role() != KenesRole.INSTRUCTOR) {
      throw new NotAllowed("Only instructors of the course and administrators may do this.");
    }
    if (session.contextRef() == null) {
      throw new NotFound(
          "This session was not launched from a course: launch Kenes from the course to edit its"
              + " plan.");
    }
    return session.contextRef();
  }

  /** Checkbox values {@code programId:code}; malformed ones name no module and are refused. */
  static List<ModuleRef> refs(List<String> values) {
    List<ModuleRef> refs = new ArrayList<>();
    for (String value : values == null ? List.<String>of() : values) {
      int colon = value.indexOf(':');
      Long programId = colon < 0 ? null : ProgramForm.id(value.substring(0, colon));
      refs.add(new ModuleRef(programId, colon < 0 ? value : value.substring(colon + 1)));
    }
    return refs;
  }
}
