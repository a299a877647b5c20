package kz.kenes.survey.web.staff;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
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
import kz.kenes.identity.web.PageParams;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.survey.application.ModuleFeedbackLinks;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.web.staff.StaffPages.StaffRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff's module feedback link pages ({@code /app/course/module-feedback/links}): the links of
 * the caller's programs, the form that makes one (the new link is shown once, on the answer to that
 * form) and withdrawing one after a confirmation step. Administrators, and instructors launched
 * from a course (for the programs their course delivers modules of); learners get 403.
 */
@Path(ModuleLinkPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class ModuleLinkPagesResource {

  public static final String PATH = "/app/course/module-feedback/links";

  static final String ALREADY_MADE = "link-already-made";

  @Inject StaffPages staff;
  @Inject ModuleFeedbackLinks links;
  @Inject ModuleLinkPages pages;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response list(
      @BeanParam PageParams params,
      @QueryParam("offset") String offset,
      @QueryParam("program") String program) {
    StaffRequest request = staff.open(params);
    Long programId = (program == null) ? null : wholeOrNull(program);
    return HtmlPages.ok(
        pages.list(
            request,
            (int) StaffForms.wholeNumber(offset).orElse(0),
            programId,
            params.done(),
            ModuleLinkForm.empty(),
            FormErrors.none()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create(MultivaluedMap<String, String> form) {
    StaffRequest request = staff.submit(headers, form);
    ModuleLinkForm input = ModuleLinkForm.from(form);
    String formId = InvitationForm.formId(form);
    Long programId = input.programId();
    if (programId != null && links.madeByForm(programId, formId).isPresent()) {
      return request.page().redirect(PATH, ALREADY_MADE);
    }
    FormErrors errors = input.check();
    if (!errors.any()) {
      try {
        ModuleFeedbackLinks.Created created =
            links.create(request.staff(), input.toCommand(), formId);
        return HtmlPages.status(201, pages.created(request, created));
      } catch (PersistenceException | TransactionalException e) {
        // the same form sent twice at once: the unique index let only the first make a link
        if (links.madeByForm(programId, formId).isPresent()) {
          return request.page().redirect(PATH, ALREADY_MADE);
        }
        throw e;
      } catch (InvalidSurveyInput refusal) {
        errors = ModuleLinkForm.ERRORS.of(refusal.fieldErrors());
      }
    }
    return HtmlPages.status(400, pages.list(request, 0, programId, null, input, errors));
  }

  @GET
  @Path("{linkId}/revoke")
  @Operation(hidden = true)
  public Response confirmRevoke(@PathParam("linkId") long linkId, @BeanParam PageParams params) {
    StaffRequest request = staff.open(params);
    return HtmlPages.ok(pages.confirmRevoke(request, links.find(request.staff(), linkId)));
  }

  @POST
  @Path("{linkId}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revoke(@PathParam("linkId") long linkId, MultivaluedMap<String, String> form) {
    StaffRequest request = staff.submit(headers, form);
    links.revoke(request.staff(), linkId);
    return request.page().redirect(PATH, "revoked");
  }

  private static Long wholeOrNull(String value) {
    var id = StaffForms.wholeNumber(value);
    return id.isPresent() ? id.getAsLong() : null;
  }
}
