package kz.kenes.survey.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.survey.application.ModuleFeedbackForms;
import kz.kenes.survey.application.ModuleFeedbackForms.Made;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The learners' module feedback form of a program or a whole university (docs/module-feedback.md,
 * "Forms per university or program"): an administrator of that university reads which form it uses,
 * makes it a copy of its own, or goes back to the default. The same three operations at {@code
 * /api/admin/programs/{id}/…} and {@code /api/admin/universities/{id}/…}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Module feedback")
@Path("/api/admin/{owner: programs|universities}/{id}/module-feedback-form")
public class ModuleFeedbackFormResource {

  @Inject Authenticator auth;
  @Inject ModuleFeedbackForms forms;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "The learners' module feedback form of a program or university",
      description =
          "from: program, university or default (a program without its own form answers its"
              + " university's, else the default).")
  public ModuleFeedbackFormView get(
      @Parameter(description = "programs or universities") @PathParam("owner") String owner,
      @PathParam("id") long id) {
    return ModuleFeedbackFormView.of(forms.choice(scope(), owner(owner, id)));
  }

  @PUT
  @Operation(
      summary = "Give it a form of its own",
      description =
          "201 with a copy of the form it answered (instrument code module-feedback-p<id> or"
              + " module-feedback-u<id>), edited then as any instrument; 200 when it has one.")
  public Response makeOwn(
      @Parameter(description = "programs or universities") @PathParam("owner") String owner,
      @PathParam("id") long id) {
    Made made = forms.makeOwn(scope(), owner(owner, id));
    return Response.status(made.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(ModuleFeedbackFormView.of(made.choice()))
        .build();
  }

  @DELETE
  @Operation(
      summary = "Go back to the form above it",
      description = "Its own instrument stays (with every rating made with it), no longer asked.")
  public ModuleFeedbackFormView backToDefault(
      @Parameter(description = "programs or universities") @PathParam("owner") String owner,
      @PathParam("id") long id) {
    return ModuleFeedbackFormView.of(forms.backToDefault(scope(), owner(owner, id)));
  }

  private UniversityScope scope() {
    return auth.requireAdmin(headers, null).scope();
  }

  private static ModuleFeedbackFormOwner owner(String kind, long id) {
    return "universities".equals(kind)
        ? ModuleFeedbackFormOwner.university(id)
        : ModuleFeedbackFormOwner.program(id);
  }
}
