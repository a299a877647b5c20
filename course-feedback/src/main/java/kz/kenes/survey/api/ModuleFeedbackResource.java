package kz.kenes.survey.api;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.survey.application.ModuleFeedback;
import kz.kenes.survey.application.ModuleFeedback.Rated;
import kz.kenes.survey.domain.InvalidSurveyInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A learner's feedback on the modules of their course, by their LTI session
 * (docs/module-feedback.md): the course's modules with the learner's status, a module's form, and
 * the rating of the module's current version (one per learner and module version; sent again while
 * the version is current, it replaces the answers).
 */
@Path("/api/module-feedback/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Module feedback")
public class ModuleFeedbackResource {

  @Inject Authenticator auth;
  @Inject ModuleFeedback feedback;
  @Inject ScaleLabels scale;
  @Context HttpHeaders headers;

  /**
   * A module of the learner's course.
   *
   * @param status {@code not_rated}, {@code rated} (the current version) or {@code
   *     rated_earlier_version} (a new version asks again)
   */
  public record ModuleStatus(
      long moduleId, String code, String title, int currentVersion, String status) {}

  /** What a rating answers. */
  public record RatingView(
      long ratingId, long moduleId, int moduleVersion, Instant savedAt, boolean created) {
    static RatingView of(Rated rated) {
      return new RatingView(
          rated.rating().id(),
          rated.rating().moduleId(),
          rated.rating().moduleVersion(),
          rated.rating().updatedAt(),
          rated.created());
    }
  }

  @GET
  @Operation(summary = "The modules the learner's course delivers, with the learner's status")
  public List<ModuleStatus> modules() {
    KenesSession session = auth.requireSession(headers, null);
    return feedback.modulesOf(session).stream()
        .map(
            r ->
                new ModuleStatus(
                    r.module().id(),
                    r.module().code(),
                    r.module().title(),
                    r.module().currentVersion(),
                    r.status().name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  @GET
  @Path("{moduleId}/form")
  @Operation(
      summary = "A module's feedback form in the learner's language, with their answers so far",
      description =
          "roundLabel names the module version rated; answers are those given to that version.")
  public FormView form(@PathParam("moduleId") long moduleId, @QueryParam("lang") String lang) {
    KenesSession session = auth.requireSession(headers, null);
    String language = scale.language(lang, session.locale(), headers);
    ModuleFeedback.Form form = feedback.form(session, moduleId);
    return FormView.ofModule(form, "v" + form.moduleVersion(), language, scale.labels(language));
  }

  @POST
  @Path("{moduleId}/rating")
  @Operation(
      summary = "Rate the module's current version",
      description =
          "Body: {\"submissionId\": \"…\", \"moduleVersion\": 2, \"answers\": {\"M01\": 3, …}}."
              + " One rating per learner and module version: the first answers 201, a change"
              + " 200; the same submissionId sent again answers 200 without writing. A"
              + " moduleVersion that is no longer current answers 409 module-version-changed.")
  public Response rate(@PathParam("moduleId") long moduleId, JsonObject body) {
    KenesSession session = auth.requireSession(headers, null);
    Rated rated =
        feedback.rate(
            session,
            moduleId,
            version(body),
            JsonAnswers.text(body, "submissionId"),
            JsonAnswers.of(body));
    return Response.status(rated.created() ? 201 : 200).entity(RatingView.of(rated)).build();
  }

  static Integer version(JsonObject body) {
    JsonValue value = body == null ? null : body.get("moduleVersion");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.intValue();
    }
    throw InvalidSurveyInput.of("moduleVersion", "moduleVersion must be a whole number.");
  }
}
