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
import kz.kenes.identity.web.PageParams;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The learners' module feedback form of a program or a university ({@code
 * /app/admin/programs/{id}/module-feedback-form}, reached from the administrator's program page;
 * {@code /app/admin/universities/{id}/module-feedback-form}, from the universities of the programs
 * page): which form its learners answer, making a copy of its own (then edited on the instrument
 * pages), and going back to the form above after a confirmation step ({@link
 * ModuleFeedbackFormPages}). Administrators of that university only (403 for anyone else).
 */
@Path("/app/admin/{owner: programs|universities}/{id}/module-feedback-form")
@Produces(MediaType.TEXT_HTML)
public class ModuleFeedbackFormPagesResource {

  @Inject ModuleFeedbackFormPages pages;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response show(
      @PathParam("owner") String owner,
      @PathParam("id") long id,
      @BeanParam PageParams params,
      @QueryParam("step") String step) {
    return pages.show(owner(owner, id), params, step);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response change(
      @PathParam("owner") String owner,
      @PathParam("id") long id,
      MultivaluedMap<String, String> form) {
    return pages.change(owner(owner, id), headers, form);
  }

  private static ModuleFeedbackFormOwner owner(String kind, long id) {
    return "universities".equals(kind)
        ? ModuleFeedbackFormOwner.university(id)
        : ModuleFeedbackFormOwner.program(id);
  }
}
