package kz.kenes.survey.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import kz.kenes.program.domain.ModuleOutline;
import kz.kenes.survey.application.ModuleFeedback;
import kz.kenes.survey.application.ModuleFeedback.Rated;
import kz.kenes.survey.application.OutsiderModuleFeedback;
import kz.kenes.survey.domain.ModuleFeedbackLink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rating a program's modules through a module feedback link, without an account: the link's token
 * is the credential, the respondent is known by the submission id their client generated once (a
 * UUID, sent in the header {@value InvitationResource#SUBMISSION_HEADER} when reading, never in a
 * URL). The stakeholder group is the link's.
 */
@Path("/api/module-feedback/invitations/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Module feedback")
public class OutsiderModuleFeedbackResource {

  @Inject OutsiderModuleFeedback feedback;
  @Inject ScaleLabels scale;
  @Context HttpHeaders headers;
  @Context HttpServletRequest http;

  /** The program and the modules a link asks about. */
  public record LinkModules(
      long programId,
      String programCode,
      String programName,
      String group,
      boolean anonymous,
      List<AskedModule> modules) {}

  /**
   * A module the link asks about, with what its current version forms.
   *
   * @param status {@code not_rated}, {@code rated} or {@code rated_earlier_version}, for the
   *     respondent named by the submission header
   */
  public record AskedModule(
      long moduleId,
      String code,
      String title,
      int currentVersion,
      List<String> competencies,
      List<String> learningOutcomes,
      String status) {}

  @GET
  @Operation(
      summary = "The program and the modules the link asks about",
      description =
          "With the header Kenes-Submission-Id, each module's status for that respondent. 404"
              + " for an unknown link; 410 when it takes no new respondent.")
  public LinkModules modules(
      @PathParam("token") String token,
      @HeaderParam(InvitationResource.SUBMISSION_HEADER) String submissionId) {
    OutsiderModuleFeedback.Modules found = feedback.modules(feedback.open(token), submissionId);
    ModuleFeedbackLink link = found.link();
    return new LinkModules(
        found.program().id(),
        found.program().code(),
        found.program().name(),
        link.groupCode(),
        link.anonymous(),
        found.modules().stream()
            .map(
                r -> {
                  ModuleOutline outline = r.module().current().content().outline();
                  return new AskedModule(
                      r.module().id(),
                      r.module().code(),
                      r.module().title(),
                      r.module().currentVersion(),
                      outline.competencies(),
                      outline.learningOutcomes(),
                      r.status().name().toLowerCase(Locale.ROOT));
                })
            .toList());
  }

  @GET
  @Path("modules/{moduleId}/form")
  @Operation(
      summary = "A module's feedback form for outsiders, in the requested language",
      description =
          "roundLabel names the module version rated; with the header Kenes-Submission-Id, the"
              + " answers that respondent gave to that version.")
  public FormView form(
      @PathParam("token") String token,
      @PathParam("moduleId") long moduleId,
      @HeaderParam(InvitationResource.SUBMISSION_HEADER) String submissionId,
      @QueryParam("lang") String lang) {
    String language = scale.language(lang, null, headers);
    ModuleFeedback.Form form = feedback.form(feedback.open(token), submissionId, moduleId);
    return FormView.ofModule(form, "v" + form.moduleVersion(), language, scale.labels(language));
  }

  @POST
  @Path("modules/{moduleId}/rating")
  @Operation(
      summary = "Rate the module's current version through the link",
      description =
          "Body: {\"submissionId\": UUID, \"moduleVersion\": 2, \"pairCode\": optional,"
              + " \"answers\": {\"O01\": 3, …}}. One rating per respondent and module version: the"
              + " first answers 201, a change 200. The respondent's first rating takes one use"
              + " of the link. 409 module-version-changed for a version no longer current; 410"
              + " when the link is used up, expired or withdrawn; 429 when the link has taken"
              + " the most respondents one client address may give.")
  public Response rate(
      @PathParam("token") String token, @PathParam("moduleId") long moduleId, JsonObject body) {
    Rated rated =
        feedback.rate(
            feedback.open(token),
            JsonAnswers.text(body, "submissionId"),
            moduleId,
            ModuleFeedbackResource.version(body),
            JsonAnswers.text(body, "pairCode"),
            JsonAnswers.of(body),
            http.getRemoteAddr());
    return Response.status(rated.created() ? 201 : 200)
        .entity(ModuleFeedbackResource.RatingView.of(rated))
        .build();
  }
}
